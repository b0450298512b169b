package org.jalons.beneficiary;

import org.jalons.protocol.Vocabulary.GoalTheme;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The pictogram of each goal theme, and the face of each confidence rating. */
public final class Pictograms {
    private Pictograms() {}

    public static Ikon theme(GoalTheme theme) {
        if (theme == null) {
            return Material2AL.FLAG;
        }
        return switch (theme) {
            case CHOISIR_METIER -> Material2AL.LIGHTBULB;
            case SE_FORMER -> Material2MZ.SCHOOL;
            case CANDIDATURE -> Material2AL.DESCRIPTION;
            case TROUVER_EMPLOI -> Material2MZ.WORK;
            case CREER_ENTREPRISE -> Material2MZ.STORE;
            case NUMERIQUE -> Material2AL.COMPUTER;
            case FRANCAIS -> Material2MZ.TRANSLATE;
            case MOBILITE -> Material2AL.DIRECTIONS_CAR;
            case LOGEMENT -> Material2AL.HOME;
            case SANTE -> Material2AL.HEALING;
            case FAMILLE -> Material2AL.FAMILY_RESTROOM;
            case ADMINISTRATIF -> Material2AL.ASSIGNMENT;
            case FINANCES -> Material2AL.EURO;
            case CONFIANCE -> Material2AL.FAVORITE;
        };
    }

    /** Five faces over 0–10: the number stays next to the face, the face only helps to read it. */
    public static Ikon face(int rating) {
        if (rating <= 1) {
            return Material2MZ.SENTIMENT_VERY_DISSATISFIED;
        } else if (rating <= 3) {
            return Material2MZ.SENTIMENT_DISSATISFIED;
        } else if (rating <= 6) {
            return Material2MZ.SENTIMENT_NEUTRAL;
        } else if (rating <= 8) {
            return Material2MZ.SENTIMENT_SATISFIED;
        }
        return Material2MZ.SENTIMENT_VERY_SATISFIED;
    }

    /** A style class per face, for its colour. */
    public static String faceStyle(int rating) {
        return rating <= 3 ? "face-low" : rating <= 6 ? "face-mid" : "face-high";
    }
}
