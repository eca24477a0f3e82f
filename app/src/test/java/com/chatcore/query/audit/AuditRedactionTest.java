package com.chatcore.query.audit;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every event field that looks secret is one the audit routes redact ({@link AuditRows#REDACTED_FIELDS}). */
class AuditRedactionTest {

    private static final Pattern SECRET = Pattern.compile("(?i).*(password|hash|secret|token|apikey).*");

    @Test
    void everySecretLookingEventFieldIsRedacted() {
        List<String> secretLooking = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.chatcore.api")) {
            Class<?> event = type.reflect();
            if (!event.isRecord() || !event.getSimpleName().endsWith("Event")) {
                continue;
            }
            for (RecordComponent field : event.getRecordComponents()) {
                if (SECRET.matcher(field.getName()).matches()) {
                    secretLooking.add(field.getName());
                }
            }
        }
        assertThat(secretLooking).as("events have secret-looking fields: the check finds them").isNotEmpty();
        assertThat(AuditRows.REDACTED_FIELDS).containsAll(secretLooking);
    }
}
