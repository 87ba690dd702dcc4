package vn.practicum.webapp.pages;

/** Nothing here (a student the programme office asks for that is not tracked): 404 and a page saying so. */
class PageNotFoundException extends RuntimeException {

    PageNotFoundException(String what) {
        super(what);
    }
}
