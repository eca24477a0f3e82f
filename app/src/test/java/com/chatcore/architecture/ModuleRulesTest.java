package com.chatcore.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The module rules of ARCHITECTURE.md, checked on the compiled classes of all four modules. */
class ModuleRulesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.chatcore");
    }

    @Test
    void contractsDependOnNothingButTheJdkAndAxonAnnotations() {
        classes().that().resideInAPackage("com.chatcore.api..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("com.chatcore.api..", "java..",
                        "org.axonframework.serialization..", "org.axonframework.modelling.command..")
                .check(classes);
    }

    @Test
    void commandSideNeverSeesTheQuerySideOrTheApp() {
        noClasses().that().resideInAPackage("com.chatcore.command..")
                .should().dependOnClassesThat().resideInAnyPackage("com.chatcore.query..", "com.chatcore.web..",
                        "com.chatcore.security..", "com.chatcore.config..")
                .check(classes);
    }

    @Test
    void querySideNeverSeesTheCommandSideOrTheApp() {
        noClasses().that().resideInAPackage("com.chatcore.query..")
                .should().dependOnClassesThat().resideInAnyPackage("com.chatcore.command..", "com.chatcore.web..",
                        "com.chatcore.security..", "com.chatcore.config..")
                .check(classes);
    }

    @Test
    void restAdaptersTalkToTheDomainOnlyThroughGateways() {
        // One way past the gateways: a projection's signal that it wrote what a waiting write expects
        // (read-your-writes without a subscription query per write; README, "Where the CPU goes").
        noClasses().that().resideInAPackage("com.chatcore.web..")
                .should().dependOnClassesThat(resideInAnyPackage("com.chatcore.command..", "com.chatcore.query..",
                        "org.axonframework.modelling.command.Repository", "org.axonframework.eventsourcing..",
                        "org.springframework.jdbc..", "jakarta.persistence..")
                        .and(not(resideInAPackage("com.chatcore.query.signals.."))))
                .check(classes);
    }

    /**
     * JPA marks the whole transaction rollback-only on any persistence error, which would defeat the
     * per-event savepoints that let a poison event be dead-lettered: read models are plain SQL.
     */
    @Test
    void readModelsAreWrittenWithPlainSqlNotJpa() {
        noClasses().that().resideInAPackage("com.chatcore..")
                .should().beAnnotatedWith("jakarta.persistence.Entity")
                .orShould().dependOnClassesThat().resideInAnyPackage("org.springframework.data.jpa..")
                .check(classes);
    }
}
