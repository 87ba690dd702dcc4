package vn.practicum.webapp.demo;

import vn.practicum.engine.party.Party;
import vn.practicum.engine.party.PartyKind;

/** A school or host organisation of the demo cohort, with its code, names and province. */
record DemoParty(String code, String name, String nameEn, String province) {

    /** The party as the party register keeps it. */
    Party party(PartyKind kind) {
        return new Party(code, kind, name, nameEn, province);
    }
}
