package dev.jpamigrate.processor;

import static dev.jpamigrate.processor.Processing.compile;
import static dev.jpamigrate.processor.Sources.jakarta;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Composite keys copied by JOINED subclasses and composite join columns given by overrides:
 * what is mapped compiles; what Hibernate would not map as written is an error on its line.
 */
class CompositeKeyDiagnosticsTest {
    private static final JavaFileObject ACCOUNT_ID = jakarta("bank.AccountId", """
            @Embeddable
            public class AccountId implements java.io.Serializable {
                String branchCode;
                String accountNumber;
            }
            """);

    private static final JavaFileObject ACCOUNT = jakarta("bank.Account", """
            @Entity
            @Inheritance(strategy = InheritanceType.JOINED)
            public class Account {
                @EmbeddedId AccountId id;
            }
            """);

    @Test
    void aJoinedSubclassOfACompositeKeyCompiles() {
        CompilationSubject.assertThat(compile(ACCOUNT_ID, ACCOUNT, jakarta("bank.SavingsAccount", """
                @Entity
                public class SavingsAccount extends Account {
                    BigDecimal rate;
                }
                """))).succeeded();
    }

    @Test
    void fewerPrimaryKeyJoinColumnsThanTheRootsKeyColumnsIsAnErrorOnTheAnnotation() {
        JavaFileObject savings = jakarta("bank.SavingsAccount", """
                @Entity
                @PrimaryKeyJoinColumn(name = "savings_account_number")
                public class SavingsAccount extends Account {
                    BigDecimal rate;
                }
                """);
        Compilation compilation = compile(ACCOUNT_ID, ACCOUNT, savings);
        CompilationSubject.assertThat(compilation).failed();
        CompilationSubject.assertThat(compilation).hadErrorContaining("The key of bank.Account has 2 column(s), and"
                + " bank.SavingsAccount names 1: write one @PrimaryKeyJoinColumn for each in @PrimaryKeyJoinColumns")
                .inFile(savings).onLineContaining("@PrimaryKeyJoinColumn(name");
    }
}
