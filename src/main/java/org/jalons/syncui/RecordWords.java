package org.jalons.syncui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.RecordKind;
import org.jalons.storage.LocalStore;
import org.jalons.storage.RecordMapper;
import org.jalons.storage.RecordTable;
import org.jalons.storage.StoredRecord;
import org.jalons.ui.EasyRead;
import org.jalons.ui.kit.DateFormats;

/**
 * Says a record, a field and a value the way a counsellor reads them: "Objectif « passer le permis B »", "Statut",
 * "Atteint" rather than {@code goal}, {@code status}, {@code "ATTEINT"}.
 */
final class RecordWords {
    /** The fields that best name a record, in order of preference. */
    private static final List<String> NAMING_FIELDS =
            List.of("phrasing", "title", "label", "displayName", "area", "category", "theme");

    private final EasyRead texts;
    private final LocalStore store;

    /** {@code texts}: the sync words (kinds, fields, "(vide)") in easy-read when that mode is on. */
    RecordWords(EasyRead texts, LocalStore store) {
        this.texts = texts;
        this.store = store;
    }

    /** "Objectif « Je me sens capable de passer le permis B »", or just the kind when the record is not here. */
    String record(String wireKind, UUID recordId) {
        Optional<RecordKind> kind = RecordKind.fromWire(wireKind);
        String kindName = texts.get("sync.kind." + wireKind);
        if (kind.isEmpty()) {
            return kindName;
        }
        Optional<? extends StoredRecord<?>> stored =
                store.repository(kind.get()).findStored(recordId);
        if (stored.isEmpty()) {
            return kindName;
        }
        for (String field : NAMING_FIELDS) {
            Object value = stored.get().wire().get(field);
            if (value != null && !String.valueOf(value).isBlank()) {
                return texts.get("sync.record.named", kindName, value(wireKind, field, value));
            }
        }
        return kindName;
    }

    /** Whose file the record belongs to. */
    String person(UUID beneficiaryId) {
        return store.beneficiaries()
                .find(beneficiaryId)
                .map(Beneficiary::displayName)
                .orElse(texts.get("sync.person.unknown"));
    }

    String field(String field) {
        return texts.get("sync.field." + field);
    }

    /** A free-text field, whose two values a person may combine into a new text. */
    boolean isText(String wireKind, String field) {
        return mapperField(wireKind, field)
                .map(f -> f.enumType() == null && f.accessor().getReturnType() == String.class)
                .orElse(false);
    }

    /** A value as read in the conflict's JSON: codes as their label, dates as dates, nothing as "(vide)". */
    String value(String wireKind, String field, Object value) {
        if (value == null) {
            return texts.get("sync.value.empty");
        }
        if (value instanceof List<?> list) {
            return list.isEmpty()
                    ? texts.get("sync.value.empty")
                    : list.stream().map(v -> value(wireKind, field, v)).collect(Collectors.joining(", "));
        }
        if (value instanceof Map<?, ?> map) {
            return map.keySet().stream().map(k -> field(String.valueOf(k))).collect(Collectors.joining(", "));
        }
        String text = String.valueOf(value);
        if (text.startsWith("custom:")) {
            return text.substring("custom:".length());
        }
        Optional<Class<?>> codes = mapperField(wireKind, field).map(RecordMapper.Field::enumType);
        if (codes.isPresent()) {
            String key = codes.get().getSimpleName() + "." + text;
            String label = texts.messages().get(key);
            return label.equals(key) ? text : label;
        }
        if (text.length() == 10 && text.charAt(4) == '-') {
            try {
                return DateFormats.mediumDate(
                        LocalDate.parse(text), texts.messages().locale());
            } catch (DateTimeParseException e) {
                return text;
            }
        }
        return text;
    }

    /** The two sides of an edit against a delete: true keeps the delete, anything else keeps the record. */
    String deletedChoice(Object value) {
        return Boolean.TRUE.equals(value) ? texts.get("sync.value.deleted") : texts.get("sync.value.kept");
    }

    private static Optional<RecordMapper.Field> mapperField(String wireKind, String field) {
        return RecordKind.fromWire(wireKind)
                .flatMap(kind -> RecordTable.of(kind).mapper().fields().stream()
                        .filter(f -> f.name().equals(field))
                        .findFirst());
    }
}
