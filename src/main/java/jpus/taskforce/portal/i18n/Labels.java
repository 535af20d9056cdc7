package jpus.taskforce.portal.i18n;

import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import jpus.taskforce.portal.document.Language;

/** The message bundles in a given language, for Java code that labels values (API facets, feeds, page titles). */
public final class Labels {

    private static final Map<Language, AppMessages> BUNDLES = new ConcurrentHashMap<>();
    private static final Map<Language, OperationsMessages> OPERATIONS = new ConcurrentHashMap<>();
    private static final Map<Language, CheckMessages> CHECK = new ConcurrentHashMap<>();
    private static final Map<Language, ReviewMessages> REVIEW = new ConcurrentHashMap<>();
    private static final Map<Language, NotifyMessages> NOTIFY = new ConcurrentHashMap<>();

    private Labels() {
    }

    public static AppMessages in(Language language) {
        return BUNDLES.computeIfAbsent(language,
                l -> MessageBundles.get(AppMessages.class, Localized.Literal.of(l.code())));
    }

    public static OperationsMessages operations(Language language) {
        return OPERATIONS.computeIfAbsent(language,
                l -> MessageBundles.get(OperationsMessages.class, Localized.Literal.of(l.code())));
    }

    public static CheckMessages check(Language language) {
        return CHECK.computeIfAbsent(language,
                l -> MessageBundles.get(CheckMessages.class, Localized.Literal.of(l.code())));
    }

    public static ReviewMessages review(Language language) {
        return REVIEW.computeIfAbsent(language,
                l -> MessageBundles.get(ReviewMessages.class, Localized.Literal.of(l.code())));
    }

    public static NotifyMessages notify(Language language) {
        return NOTIFY.computeIfAbsent(language,
                l -> MessageBundles.get(NotifyMessages.class, Localized.Literal.of(l.code())));
    }
}
