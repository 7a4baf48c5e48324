package dev.engram.api.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The module arrows of DESIGN.md § 3: only {@code api} knows HTTP and the other modules. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModuleBoundariesTest {
  private JavaClasses classes;

  @BeforeAll
  void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // the other modules' test-jars (their test helpers and tests) are not part of them
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("dev.engram");
  }

  @Test
  void tenancyKnowsNoHttpAndNoOtherModule() {
    noClasses()
        .that()
        .resideInAPackage("dev.engram.tenancy..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.micronaut.http..",
            "io.micronaut.security..",
            "dev.engram.api..",
            "dev.engram.memory..",
            "dev.engram.analytics..")
        .check(classes);
  }

  @Test
  void engineKnowsNoHttpAndNoOtherModule() {
    noClasses()
        .that()
        .resideInAPackage("dev.engram.memory..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.micronaut.http..",
            "io.micronaut.security..",
            "dev.engram.api..",
            "dev.engram.tenancy..",
            "dev.engram.analytics..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void realtimeKnowsOnlyTenancyAndNoMicronaut() {
    noClasses()
        .that()
        .resideInAPackage("dev.engram.realtime..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.micronaut..", "dev.engram.api..", "dev.engram.memory..", "dev.engram.analytics..")
        .check(classes);
  }

  @Test
  void enginePackagesFormNoCycle() {
    slices().matching("dev.engram.memory.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void analyticsKnowsNoHttpAndNeitherTheEngineNorTheApplication() {
    noClasses()
        .that()
        .resideInAPackage("dev.engram.analytics..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.micronaut.http..",
            "io.micronaut.security..",
            "dev.engram.api..",
            "dev.engram.memory..")
        .check(classes);
  }

  @Test
  void nothingDependsOnTheApplication() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.engram.api..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.engram.api..")
        .check(classes);
  }
}
