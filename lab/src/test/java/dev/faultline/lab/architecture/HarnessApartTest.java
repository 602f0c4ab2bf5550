package dev.faultline.lab.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The product apart from its harness: no class outside {@code dev.faultline.lab} (config, chaos,
 * worker, client, supervisor, server, and any module added later) may use a lab class. Maven keeps
 * the modules' dependencies one way, but only for modules; this rule also holds for a package that
 * lands in the wrong module. Lab sees every module, so its tests read them all (tests excluded).
 */
class HarnessApartTest {
  private static final JavaClasses PRODUCT =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.faultline");

  @Test
  void shouldKeepEveryPackageOutsideTheLabFreeOfLabImports() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.faultline.lab..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.faultline.lab..")
        .because("the harness drives the server from outside; the server never needs it")
        .check(PRODUCT);
  }

  @Test
  void shouldSeeTheServerModulesItGuards() {
    assertThat(PRODUCT.stream().map(c -> c.getPackageName()))
        .contains(
            "dev.faultline.config",
            "dev.faultline.chaos",
            "dev.faultline.worker",
            "dev.faultline.client",
            "dev.faultline.supervisor.pool",
            "dev.faultline.server");
  }
}
