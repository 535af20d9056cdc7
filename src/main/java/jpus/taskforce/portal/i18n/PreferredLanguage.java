package jpus.taskforce.portal.i18n;

import java.util.List;
import java.util.Locale;

import jpus.taskforce.portal.document.CodedValue;
import jpus.taskforce.portal.document.Language;

/** The reader's language from an Accept-Language header: the first supported one, else English. */
public final class PreferredLanguage {

    private PreferredLanguage() {
    }

    public static Language from(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            var language = CodedValue.fromCode(Language.class, locale.getLanguage());
            if (language.isPresent()) {
                return language.get();
            }
        }
        return Language.EN;
    }
}
