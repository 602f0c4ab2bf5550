package dev.faultline.lab.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Maven keeps the modules pointing one way; this keeps the packages inside them that way too: lab
 * sees every module, so its tests read the product's classes (tests excluded) and fail on any
 * package that depends on itself through others, naming the classes of the cycle.
 */
class PackageCyclesTest {
  private static final JavaClasses PRODUCT =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.faultline");

  @Test
  void shouldHaveNoCycleBetweenPackages() {
    slices().matching("dev.faultline.(**)").should().beFreeOfCycles().check(PRODUCT);
  }
}
