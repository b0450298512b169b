package org.jalons.protocol;

/** The project's controlled vocabularies (DOMAIN.md). Codes are stable; labels are in {@code labels*.properties}. */
public final class Vocabulary {
    private Vocabulary() {}

    public enum Role implements Code {
        COUNSELLOR,
        BENEFICIARY,
        SUPERVISOR,
        ADMIN,
        /**
         * The encadrant·e technique: on the work site with a work team, observes skills and behaviours at work (the
         * third voice, beside the person's and the counsellor's). Reads only what work needs: the people of their
         * work teams (name, entry date, contract, site, team) and the observations at work.
         */
        WORK_SUPERVISOR
    }

    public enum ContractType implements Code {
        CDDI,
        MISSION_INTERIM,
        CONTRAT_PARCOURS,
        OTHER
    }

    public enum Eligibility implements Code {
        RSA,
        DELD,
        DETLD,
        ASS,
        AAH(ConsentCategory.HEALTH),
        JEUNE_SANS_QUALIFICATION,
        RESIDENT_QPV_ZRR,
        SENIOR,
        RQTH(ConsentCategory.HEALTH),
        SORTANT_DETENTION(ConsentCategory.JUSTICE),
        REFUGIE_BPI,
        OTHER;

        private final ConsentCategory sensitiveCategory;

        Eligibility() {
            this(null);
        }

        Eligibility(ConsentCategory sensitiveCategory) {
            this.sensitiveCategory = sensitiveCategory;
        }

        /** The GDPR art. 9/10 consent this code needs (it tells a health condition or a prison term), or null. */
        public ConsentCategory sensitiveCategory() {
            return sensitiveCategory;
        }
    }

    public enum EducationLevel implements Code {
        INFRA_3,
        LEVEL_3,
        LEVEL_4,
        LEVEL_5,
        LEVEL_6,
        LEVEL_7,
        LEVEL_8
    }

    public enum ConsentCategory implements Code {
        IDENTITY_CONTACT,
        HEALTH,
        JUSTICE,
        NOTES_SHARED_SUPERVISOR,
        ANONYMOUS_STATISTICS,
        /** A «récit de parcours» of the person may be made for a team review or a funder's qualitative report. */
        RECIT_PARCOURS
    }

    public enum BarrierArea implements Code {
        MOBILITE,
        LOGEMENT,
        SANTE(ConsentCategory.HEALTH),
        FRANCAIS,
        NUMERIQUE,
        ADMINISTRATIF,
        FINANCES,
        FAMILLE,
        JUSTICE(ConsentCategory.JUSTICE),
        DISPONIBILITE;

        private final ConsentCategory sensitiveCategory;

        BarrierArea() {
            this(null);
        }

        BarrierArea(ConsentCategory sensitiveCategory) {
            this.sensitiveCategory = sensitiveCategory;
        }

        /** The GDPR art. 9/10 consent this area needs before anything is recorded about it, or null. */
        public ConsentCategory sensitiveCategory() {
            return sensitiveCategory;
        }
    }

    public enum BarrierStatus implements Code {
        POINT_APPUI,
        BESOIN,
        NON_EXPLORE
    }

    public enum GoalTheme implements Code {
        CHOISIR_METIER,
        SE_FORMER,
        CANDIDATURE,
        TROUVER_EMPLOI,
        CREER_ENTREPRISE,
        NUMERIQUE,
        FRANCAIS,
        MOBILITE,
        LOGEMENT,
        SANTE,
        FAMILLE,
        ADMINISTRATIF,
        FINANCES,
        CONFIANCE;

        /** A health goal is health data (GDPR art. 9): HEALTH for SANTE, else null. */
        public ConsentCategory sensitiveCategory() {
            return this == SANTE ? ConsentCategory.HEALTH : null;
        }
    }

    public enum ProposedBy implements Code {
        BENEFICIARY,
        COUNSELLOR,
        JOINT
    }

    public enum GoalStatus implements Code {
        EN_COURS,
        ATTEINT,
        ABANDONNE,
        REPORTE
    }

    /**
     * A status the person proposes for their goal ("je pense l’avoir atteint"); the counsellor confirms it (the goal's
     * {@code status} becomes it) or talks it over with them; either way the proposal is cleared.
     */
    public enum ProposedStatus implements Code {
        ATTEINT,
        REPORTE,
        ABANDONNE
    }

    public enum StepStatus implements Code {
        A_FAIRE,
        EN_COURS,
        REALISEE,
        ABANDONNEE
    }

    public enum TrainingKind implements Code {
        QUALIFYING,
        CERTIFYING,
        PRE_QUALIFYING,
        IN_HOUSE,
        PMSMP
    }

    public enum Certification implements Code {
        RNCP,
        RS,
        CLEA,
        CLEA_NUMERIQUE,
        PIX,
        DELF_DILF,
        PERMIS_B,
        CACES,
        SST,
        HACCP,
        HABILITATION_ELECTRIQUE,
        NONE
    }

    public enum TrainingStatus implements Code {
        PREVUE,
        EN_COURS,
        SUIVIE,
        CERTIFIEE,
        ABANDONNEE
    }

    /** Who gave a rating or wrote a note: co-evaluation keeps both voices apart. */
    public enum Rater implements Code {
        BENEFICIARY,
        COUNSELLOR
    }

    /**
     * Skills and behaviours observed at work (open: an organisation adds the trade's own, free text is allowed):
     * savoir-être first, then the savoir-faire common to most work sites.
     */
    public enum WorkSkill implements Code {
        PONCTUALITE,
        ASSIDUITE,
        CONSIGNES,
        TRAVAIL_EQUIPE,
        COMMUNICATION,
        AUTONOMIE,
        INITIATIVE,
        SECURITE,
        QUALITE_TRAVAIL,
        GESTES_METIER,
        SOIN_MATERIEL,
        RYTHME
    }

    public enum InterviewPlace implements Code {
        DOMICILE,
        STRUCTURE,
        TELEPHONE,
        VISIO,
        EXTERIEUR
    }

    /** IAE exit categories; RETRAIT is left out of exit rates by reporting. */
    public enum ExitCategory implements Code {
        EMPLOI_DURABLE,
        EMPLOI_TRANSITION,
        SORTIE_POSITIVE,
        AUTRE_SORTIE,
        RETRAIT;

        public boolean countsInExitRates() {
            return this != RETRAIT;
        }
    }

    /** Likert 1–4 answers of the power-to-act questionnaire. */
    public enum Likert implements Code {
        PAS_DU_TOUT_VRAI(1),
        A_PEINE_VRAI(2),
        MOYENNEMENT_VRAI(3),
        TOTALEMENT_VRAI(4);

        private final int value;

        Likert(int value) {
            this.value = value;
        }

        public int value() {
            return value;
        }

        public static Likert of(int value) {
            for (Likert l : values()) {
                if (l.value == value) {
                    return l;
                }
            }
            throw new IllegalArgumentException("Likert answers go from 1 to 4, got " + value);
        }
    }

    public enum ConflictStatus implements Code {
        OPEN,
        RESOLVED
    }
}
