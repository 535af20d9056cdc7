package jpus.taskforce.portal.document;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A date known to the day, the month or only the year ({@code 2022-09-13}, {@code 2023-04},
 * {@code 2016}). Stored as the first day of the period it names, so that it sorts and filters
 * like a date, with its precision beside it.
 */
@Embeddable
@Schema(name = "PartialDate", type = SchemaType.STRING, pattern = PartialDate.PATTERN,
        description = "A date at the precision its sources confirm: a day (2021-12-23), a month (2026-11) or a year (2009).",
        examples = { "2021-12-23", "2026-11", "2009" })
public class PartialDate {

    /** The JSON form, as the OpenAPI document states it for partners. */
    public static final String PATTERN = "^\\d{4}(-\\d{2}(-\\d{2})?)?$";

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    @Column(name = "date")
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "precision", length = 8)
    private DatePrecision precision;

    protected PartialDate() {
    }

    private PartialDate(LocalDate date, DatePrecision precision) {
        this.date = date;
        this.precision = precision;
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date, DatePrecision.DAY);
    }

    /**
     * @throws IllegalArgumentException when the text is not YYYY, YYYY-MM or YYYY-MM-DD or not a real date
     */
    public static PartialDate parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a date of the form YYYY-MM-DD, YYYY-MM or YYYY");
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return new PartialDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
            }
            int month = Integer.parseInt(m.group(2));
            if (m.group(3) == null) {
                return new PartialDate(LocalDate.of(year, month, 1), DatePrecision.MONTH);
            }
            return new PartialDate(LocalDate.of(year, month, Integer.parseInt(m.group(3))), DatePrecision.DAY);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a real date");
        }
    }

    public LocalDate date() {
        return date;
    }

    public DatePrecision precision() {
        return precision;
    }

    /** The ISO form at the known precision, as written in content files and returned by the API. */
    @JsonValue
    @Override
    public String toString() {
        return switch (precision) {
            case DAY -> date.toString();
            case MONTH -> date.toString().substring(0, 7);
            case YEAR -> date.toString().substring(0, 4);
        };
    }

    /** A reader-friendly form: "13 September 2022" / "2022年9月13日", "April 2023" / "2023年4月". */
    public String display(Language language) {
        if (language == Language.JA) {
            return switch (precision) {
                case DAY -> date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
                case MONTH -> date.getYear() + "年" + date.getMonthValue() + "月";
                case YEAR -> date.getYear() + "年";
            };
        }
        return switch (precision) {
            case DAY -> date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
            case MONTH -> date.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH));
            case YEAR -> String.valueOf(date.getYear());
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartialDate other && date.equals(other.date) && precision == other.precision;
    }

    @Override
    public int hashCode() {
        return date.hashCode() * 31 + precision.hashCode();
    }
}
