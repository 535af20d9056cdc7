package jpus.taskforce.portal.web;

import jakarta.ws.rs.NotFoundException;

import jpus.taskforce.portal.document.CodedValue;
import jpus.taskforce.portal.document.Language;

/** Languages of pages: the path segment, and the reader's preference for the bare root. */
final class PageLanguage {

    /**
     * The class-level path of every page resource. They share it because RESTEasy Reactive picks a
     * resource class by its class-level path before looking at methods, and does not try another
     * class when the chosen one has no matching method.
     */
    static final String PATH = "/{lang:en|ja}";

    private PageLanguage() {
    }

    /** The page language from the path; any other segment is a page that does not exist. */
    static Language fromPath(String segment) {
        return CodedValue.fromCode(Language.class, segment).filter(l -> l.code().equals(segment))
                .orElseThrow(NotFoundException::new);
    }
}
