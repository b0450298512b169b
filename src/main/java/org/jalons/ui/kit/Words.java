package org.jalons.ui.kit;

/**
 * Where a component of the kit reads its texts: {@code messages::get}, or {@code easyRead::get} on a screen that
 * speaks easy-read (the kit's keys have their {@code .easy} versions).
 */
@FunctionalInterface
public interface Words {
    String get(String key, Object... args);
}
