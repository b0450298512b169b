package org.jalons.ui;

/**
 * Every screen of the app. A root screen starts a new history (no back button); the others stack on the
 * current one. The factories are registered in one place, {@code org.jalons.AppScreens}.
 */
public enum Screen {
    FIRST_RUN(true),
    CREATE_PROFILE(false),
    DEMO(false),
    UNLOCK(true),
    COUNSELLOR_HOME(true),
    BENEFICIARY_HOME(true),
    SUPERVISOR_HOME(true);

    private final boolean root;

    Screen(boolean root) {
        this.root = root;
    }

    public boolean isRoot() {
        return root;
    }
}
