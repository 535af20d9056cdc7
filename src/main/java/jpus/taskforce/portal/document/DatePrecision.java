package jpus.taskforce.portal.document;

/** How much of a date the sources confirm: the knowledge base never invents a day or a month. */
public enum DatePrecision {
    DAY, MONTH, YEAR
}
