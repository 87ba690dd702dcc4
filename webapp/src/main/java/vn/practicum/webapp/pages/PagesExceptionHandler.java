package vn.practicum.webapp.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.util.UriComponentsBuilder;

/** The pages' errors as pages (the API's are JSON, ApiExceptionHandler): 403, 404 and 400, never a stack trace. */
@ControllerAdvice(assignableTypes = TrackingPagesController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PagesExceptionHandler {

    /** This page in Vietnamese and in English: the same URL with {@code lang} set, for the language switch. */
    @ModelAttribute("languageUrls")
    Map<String, String> languageUrls(HttpServletRequest request) {
        Map<String, String> urls = new LinkedHashMap<>();
        for (String language : List.of("vi", "en")) {
            urls.put(language, UriComponentsBuilder.fromPath(request.getRequestURI())
                    .query(request.getQueryString()).replaceQueryParam("lang", language).build(true).toUriString());
        }
        return urls;
    }

    @ExceptionHandler(PageForbiddenException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden(PageForbiddenException e, Model model) {
        model.addAttribute("status", 403);
        model.addAttribute("messageKey", "error.forbidden");
        return "pages/error";
    }

    @ExceptionHandler(PageNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(PageNotFoundException e, Model model) {
        model.addAttribute("status", 404);
        model.addAttribute("messageKey", "error.notFound");
        return "pages/error";
    }

    @ExceptionHandler({IllegalArgumentException.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badRequest(Exception e, Model model) {
        model.addAttribute("status", 400);
        model.addAttribute("messageKey", "error.badRequest");
        return "pages/error";
    }
}
