package dev.jpamigrate.processor;

import static dev.jpamigrate.processor.Processing.compile;
import static dev.jpamigrate.processor.Sources.jakarta;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Composite keys copied by JOINED subclasses, embeddable map keys: what is mapped compiles; what
 * Hibernate would not map as written is an error on its line.
 */
class KeyAndOverrideDiagnosticsTest {
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

    @Test
    void aConvertOfAnAttributeOfAnEmbeddableMapKeyIsAnErrorOnTheConvert() {
        JavaFileObject market = jakarta("shop.Market", """
                @Embeddable
                public class Market {
                    String countryCode;
                    Boolean online;
                }
                """);
        JavaFileObject priceList = jakarta("shop.PriceList", """
                @Entity
                public class PriceList {
                    @Id Long id;
                    @ElementCollection
                    @Convert(attributeName = "key.online", converter = org.hibernate.type.YesNoConverter.class)
                    java.util.Map<Market, BigDecimal> prices;
                }
                """);
        Compilation compilation = compile(market, priceList);
        CompilationSubject.assertThat(compilation).failed();
        CompilationSubject.assertThat(compilation).hadErrorContaining("Hibernate ignores @Convert(attributeName ="
                + " \"key.online\") on the embeddable key of a Map, and keeps the column's own type: put @Convert on"
                + " field online of Market, or remove it").inFile(priceList).onLineContaining("@Convert(attributeName");
    }
}
