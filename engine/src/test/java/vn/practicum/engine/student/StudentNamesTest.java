package vn.practicum.engine.student;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class StudentNamesTest {

    @Test
    void a_search_key_has_no_diacritics_no_capitals_and_single_spaces() {
        assertThat(StudentNames.searchable("  Nguyễn   Văn ĐỨC ")).isEqualTo("nguyen van duc");
        assertThat(StudentNames.searchable("Đặng Thị Ánh Tuyết")).isEqualTo("dang thi anh tuyet");
        assertThat(StudentNames.searchKey("Lâm Thị Ánh", "20210001")).isEqualTo("lam thi anh 20210001");
        // the same name typed decomposed (NFD, as some keyboards send it) gives the same key
        assertThat(StudentNames.searchable(java.text.Normalizer.normalize("Nguyễn", java.text.Normalizer.Form.NFD)))
                .isEqualTo("nguyen");
    }

    @Test
    void sort_keys_order_names_by_given_name_then_the_rest_in_vietnamese_order() {
        // given names in no order
        List<String> names = List.of("Hoàng Minh Đức", "Trần Thị Bình", "Phạm Thị Dung", "Lâm Thị Ánh",
                "Nguyễn Văn An", "Bùi Văn An", "Đỗ Văn Hùng", "Nguyễn Thị Ân", "Vũ Thị Giang");

        // when sorted by their keys as plain strings, as a database does
        List<String> byKey = new ArrayList<>(names);
        byKey.sort(Comparator.comparing(StudentNames::sortKey));

        // then: An (Bùi before Nguyễn), Ánh, Ân, Bình, Dung, Đức (Đ after D), Giang, Hùng
        assertThat(byKey).containsExactly("Bùi Văn An", "Nguyễn Văn An", "Lâm Thị Ánh", "Nguyễn Thị Ân",
                "Trần Thị Bình", "Phạm Thị Dung", "Hoàng Minh Đức", "Vũ Thị Giang", "Đỗ Văn Hùng");
    }

    @Test
    void sort_keys_agree_with_the_vietnamese_collator_on_given_name_first_order() {
        Collator collator = StudentNames.collator();
        List<String> names = List.of("Ngô Đức Mạnh", "Mai Văn Sơn", "Tôn Nữ Hương", "Hà Minh Duy", "Âu Văn Khoa",
                "Khúc Thị Linh", "Lương Thị Uyên", "Ơn Thị Ư", "Ông Văn U", "Dương Thị Ngọc", "Đinh Văn Việt");
        List<String> byCollator = new ArrayList<>(names);
        byCollator.sort((a, b) -> collator.compare(StudentNames.givenNameFirst(a), StudentNames.givenNameFirst(b)));
        List<String> byKey = new ArrayList<>(names);
        byKey.sort(Comparator.comparing(StudentNames::sortKey));
        assertThat(byKey).isEqualTo(byCollator);
    }
}
