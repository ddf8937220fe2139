package dev.jpamigrate.processor;

import static com.google.testing.compile.Compiler.javac;
import static dev.jpamigrate.processor.GeneratedSnapshots.schema;
import static dev.jpamigrate.processor.Sources.source;
import static dev.jpamigrate.processor.TypeUseAnnotationTest.columns;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import java.util.List;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Entities whose getters and setters Lombok writes, compiled with Lombok's annotation processor
 * before or after JPA Migrate's on the processor path: either way JPA Migrate reads the classes
 * once Lombok has given them their members.
 */
class LombokEntitiesTest {
    private static final JavaFileObject SUBSCRIPTION = source("shop.Subscription", """
            import jakarta.persistence.*;
            import jakarta.validation.constraints.*;
            import java.util.List;
            import lombok.Getter;
            import lombok.Setter;

            @Entity
            @Getter
            @Setter
            public class Subscription {
                @Getter(onMethod_ = {@Id, @GeneratedValue(strategy = GenerationType.IDENTITY)})
                private Long id;

                @Getter(onMethod_ = @Column(name = "plan_code", nullable = false, length = 20))
                @NotBlank
                private String plan;

                @Min(1)
                private int seats;

                private boolean active;
            }
            """);

    private static final JavaFileObject CUSTOMER = source("shop.Customer", """
            import jakarta.persistence.*;
            import jakarta.validation.constraints.*;
            import java.util.*;
            import lombok.Data;

            @Entity
            @Data
            public class Customer {
                @Id @GeneratedValue private Long id;
                @NotNull @Column(nullable = false) private String email;
                @NotNull private boolean verified;
                @Min(0) private int loyaltyPoints;
                @NotNull private byte[] avatar;
                @ElementCollection private List<@NotBlank String> tags = new ArrayList<>();
            }
            """);

    @ParameterizedTest(name = "Lombok first: {0}")
    @ValueSource(booleans = {true, false})
    void gettersThatLombokWritesAreReadAsTheyAreWritten(boolean lombokFirst) {
        Compilation compilation = compile(lombokFirst, SUBSCRIPTION, CUSTOMER);

        CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
        // Property access: the @Id is on the getter Lombok writes, with the annotations of onMethod_.
        assertThat(columns(schema(compilation, "shop"), "subscription")).containsExactlyInAnyOrder("id bigint",
                "plan_code varchar(20)", "seats integer", "active boolean");
        assertThat(columns(schema(compilation, "shop"), "customer")).containsExactlyInAnyOrder("id bigint",
                "email varchar(255)", "verified boolean", "loyaltypoints integer", "avatar bytea");
        assertThat(columns(schema(compilation, "shop"), "customer_tags")).containsExactlyInAnyOrder(
                "customer_id bigint", "tags varchar(255)");
    }

    /** Both processors, in the order of a processor path that lists Lombok first or last. */
    static Compilation compile(boolean lombokFirst, JavaFileObject... sources) {
        Processor lombok = Processing.lombok();
        Processor ours = new JpaMigrateProcessor();
        return javac().withProcessors(lombokFirst ? List.of(lombok, ours) : List.of(ours, lombok)).compile(sources);
    }
}
