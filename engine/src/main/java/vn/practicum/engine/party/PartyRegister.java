package vn.practicum.engine.party;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/** The party register ({@code practicum_party}): the schools and hosts of the programme and their provinces. */
public class PartyRegister {

    private static final RowMapper<Party> PARTY = (rs, row) -> new Party(rs.getString("party_code"),
            PartyKind.valueOf(rs.getString("kind")), rs.getString("name_vi"), rs.getString("name_en"),
            rs.getString("province"));

    private final JdbcTemplate jdbc;

    public PartyRegister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Registers the party, or updates its names and province if it is registered already. */
    public void register(Party party) {
        int updated = jdbc.update("update practicum_party set name_vi = ?, name_en = ?, province = ? "
                        + "where kind = ? and party_code = ?",
                party.nameVi(), party.nameEn(), party.province(), party.kind().name(), party.code());
        if (updated == 0) {
            jdbc.update("insert into practicum_party (party_code, kind, name_vi, name_en, province) values (?, ?, ?, ?, ?)",
                    party.code(), party.kind().name(), party.nameVi(), party.nameEn(), party.province());
        }
    }

    public Optional<Party> find(PartyKind kind, String code) {
        return jdbc.query("select * from practicum_party where kind = ? and party_code = ?", PARTY, kind.name(), code)
                .stream().findFirst();
    }

    /** The parties of a kind, by code. */
    public Map<String, Party> all(PartyKind kind) {
        return jdbc.query("select * from practicum_party where kind = ? order by party_code", PARTY, kind.name())
                .stream().collect(Collectors.toMap(Party::code, Function.identity(), (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    public List<Party> all() {
        return jdbc.query("select * from practicum_party order by kind, party_code", PARTY);
    }
}
