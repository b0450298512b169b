package org.jalons.server.summary;

import java.util.List;

/** The code lists the summary lays out as rows (PROTOCOL.md, record kinds and fields). */
final class Codes {

    static final List<String> THEMES = List.of(
            "CHOISIR_METIER",
            "SE_FORMER",
            "CANDIDATURE",
            "TROUVER_EMPLOI",
            "CREER_ENTREPRISE",
            "NUMERIQUE",
            "FRANCAIS",
            "MOBILITE",
            "LOGEMENT",
            "SANTE",
            "FAMILLE",
            "ADMINISTRATIF",
            "FINANCES",
            "CONFIANCE");
    static final List<String> CERTIFICATIONS = List.of(
            "RNCP",
            "RS",
            "CLEA",
            "CLEA_NUMERIQUE",
            "PIX",
            "DELF_DILF",
            "PERMIS_B",
            "CACES",
            "SST",
            "HACCP",
            "HABILITATION_ELECTRIQUE",
            "NONE",
            "CUSTOM");
    static final List<String> RNCP_LEVELS = List.of("3", "4", "5", "6", "7", "8");
    static final List<String> AREAS = List.of(
            "MOBILITE",
            "LOGEMENT",
            "SANTE",
            "FRANCAIS",
            "NUMERIQUE",
            "ADMINISTRATIF",
            "FINANCES",
            "FAMILLE",
            "JUSTICE",
            "DISPONIBILITE",
            "CUSTOM");
    static final List<String> EXIT_CATEGORIES =
            List.of("EMPLOI_DURABLE", "EMPLOI_TRANSITION", "SORTIE_POSITIVE", "AUTRE_SORTIE", "RETRAIT");
    static final List<String> SITUATIONS = List.of(
            "EMPLOI_DURABLE", "EMPLOI_TRANSITION", "SORTIE_POSITIVE", "AUTRE_SORTIE", "RETRAIT", "NON_RENSEIGNE");

    private Codes() {}
}
