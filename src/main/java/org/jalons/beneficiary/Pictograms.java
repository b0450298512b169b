package org.jalons.beneficiary;

import org.jalons.protocol.Vocabulary.GoalTheme;
import org.jalons.ui.kit.RatingGrid;
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

    /** The rating grid's face of a rating (five faces over 0–10). */
    public static Ikon face(int rating) {
        return RatingGrid.face(rating);
    }

    /** A style class per face, for its colour. */
    public static String faceStyle(int rating) {
        return RatingGrid.faceStyle(rating);
    }
}
