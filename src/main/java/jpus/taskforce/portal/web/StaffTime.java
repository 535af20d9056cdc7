package jpus.taskforce.portal.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.i18n.Labels;

/**
 * Times on the staff pages: shown in Tokyo time on Japanese pages and in UTC on English ones, each
 * with its zone; entered as a local date and time plus the zone it is meant in.
 */
final class StaffTime {

    static final String TOKYO = "Asia/Tokyo";
    static final String WASHINGTON = "America/New_York";
    static final String UTC = "UTC";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private StaffTime() {
    }

    static String defaultZone(Language language) {
        return language == Language.JA ? TOKYO : UTC;
    }

    static String format(Instant at, Language language) {
        if (at == null) {
            return null;
        }
        String zone = defaultZone(language);
        return SHOWN.format(at.atZone(ZoneId.of(zone))) + " " + Labels.in(language).staff_zone_short(zone);
    }

    /** The value of a datetime-local input showing the instant in the zone. */
    static String inputValue(Instant at, String zone) {
        return at == null ? "" : INPUT.format(at.atZone(ZoneId.of(known(zone))));
    }

    /** The zones a publication time may be meant in. */
    static List<Option> zones(Language language, String selected) {
        String chosen = selected == null ? defaultZone(language) : known(selected);
        return List.of(TOKYO, WASHINGTON, UTC).stream()
                .map(id -> new Option(id, Labels.in(language).staff_zone(id), id.equals(chosen)))
                .toList();
    }

    /** The instant a local date and time stands for in the zone; empty when blank, null-free. */
    static Optional<Instant> parse(String local, String zone) throws DateTimeParseException {
        if (local == null || local.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(LocalDateTime.parse(local.strip()).atZone(ZoneId.of(known(zone))).toInstant());
    }

    private static String known(String zone) {
        return TOKYO.equals(zone) || WASHINGTON.equals(zone) ? zone : UTC;
    }
}
