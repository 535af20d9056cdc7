package jpus.taskforce.portal.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class PartialDateTest {

    @Test
    void aFullDateKeepsItsDay() {
        PartialDate date = PartialDate.parse("2022-09-13");
        assertThat(date.date()).isEqualTo(LocalDate.of(2022, 9, 13));
        assertThat(date).hasToString("2022-09-13");
        assertThat(date.display(Language.EN)).isEqualTo("13 September 2022");
        assertThat(date.display(Language.JA)).isEqualTo("2022年9月13日");
    }

    @Test
    void aMonthIsNeverShownWithAnInventedDay() {
        PartialDate date = PartialDate.parse("2023-04");
        assertThat(date).hasToString("2023-04");
        assertThat(date.display(Language.EN)).isEqualTo("April 2023");
        assertThat(date.display(Language.JA)).isEqualTo("2023年4月");
    }

    @Test
    void aYearAloneIsShownAsAYear() {
        PartialDate date = PartialDate.parse("2012");
        assertThat(date.date()).isEqualTo(LocalDate.of(2012, 1, 1));
        assertThat(date.display(Language.JA)).isEqualTo("2012年");
    }

    @Test
    void anImpossibleDateIsRefused() {
        assertThatThrownBy(() -> PartialDate.parse("2023-02-30")).hasMessageContaining("not a real date");
        assertThatThrownBy(() -> PartialDate.parse("April 2023")).hasMessageContaining("YYYY-MM-DD");
    }
}
