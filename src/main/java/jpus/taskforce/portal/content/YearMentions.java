package jpus.taskforce.portal.content;

import java.text.Normalizer;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar years a text states, Japanese era years converted (令和6年 is 2024, 昭和22年 1947,
 * 平成元年 1989), so that the English and Japanese versions of a document can be compared for the
 * dates they give. Web addresses are left out: their digits are not dates a reader is told.
 */
final class YearMentions {

    private static final Pattern URL = Pattern.compile("https?://\\S+");
    /** A year on its own, not part of a longer number ("12,000", "3.2024", "2022/0913"). */
    private static final Pattern YEAR = Pattern.compile("(?<![\\d,./])(1[89]\\d\\d|20\\d\\d)(?!\\d|[,.]\\d)");
    private static final Pattern ERA_YEAR = Pattern.compile("(明治|大正|昭和|平成|令和)(元|\\d{1,2})年");
    /** The year before each era's first year: 令和1年 is 2019, so its offset is 2018. */
    private static final Map<String, Integer> ERA_OFFSET = Map.of("明治", 1867, "大正", 1911, "昭和", 1925, "平成", 1988,
            "令和", 2018);

    private YearMentions() {
    }

    static Set<Integer> in(String text) {
        Set<Integer> years = new TreeSet<>();
        if (text == null) {
            return years;
        }
        String folded = URL.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll(" ");
        Matcher era = ERA_YEAR.matcher(folded);
        while (era.find()) {
            int number = era.group(2).equals("元") ? 1 : Integer.parseInt(era.group(2));
            years.add(ERA_OFFSET.get(era.group(1)) + number);
        }
        Matcher year = YEAR.matcher(ERA_YEAR.matcher(folded).replaceAll(" "));
        while (year.find()) {
            years.add(Integer.parseInt(year.group(1)));
        }
        return years;
    }
}
