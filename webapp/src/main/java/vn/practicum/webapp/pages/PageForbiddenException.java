package vn.practicum.webapp.pages;

/** The signed-in user may not see this page: answered with 403 and a page saying so. */
class PageForbiddenException extends RuntimeException {

    PageForbiddenException(String what) {
        super(what);
    }
}
