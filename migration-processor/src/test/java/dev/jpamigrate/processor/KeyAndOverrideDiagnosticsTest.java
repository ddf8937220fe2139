package dev.jpamigrate.processor;

import static dev.jpamigrate.processor.Processing.compile;
import static dev.jpamigrate.processor.Sources.jakarta;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import dev.jpamigrate.schema.CheckConstraint;
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
    void aPrimaryKeyJoinColumnReferencingTheParentsKeyColumnCompilesAndAnotherColumnIsAnErrorOnIt() {
        CompilationSubject.assertThat(compile(jakarta("club.Member", """
                @Entity
                @Inheritance(strategy = InheritanceType.JOINED)
                public class Member {
                    @Id Long id;
                    String email;
                }
                """), jakarta("club.Patron", """
                @Entity
                @PrimaryKeyJoinColumn(name = "id", referencedColumnName = "id")
                public class Patron extends Member {
                    int level;
                }
                """))).succeeded();

        JavaFileObject savings = jakarta("bank.SavingsAccount", """
                @Entity
                @PrimaryKeyJoinColumns({
                        @PrimaryKeyJoinColumn(name = "savings_branch", referencedColumnName = "branchCode"),
                        @PrimaryKeyJoinColumn(name = "savings_number", referencedColumnName = "iban")})
                public class SavingsAccount extends Account {
                    BigDecimal rate;
                }
                """);
        Compilation compilation = compile(ACCOUNT_ID, ACCOUNT, savings);
        CompilationSubject.assertThat(compilation).hadErrorContaining("@PrimaryKeyJoinColumn(referencedColumnName ="
                + " \"iban\") names no key column of bank.Account, whose key is [accountNumber, branchCode]: name one"
                + " of them").inFile(savings).onLineContaining("referencedColumnName = \"iban\"");
        CompilationSubject.assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void primaryKeyJoinColumnsNamingSomeOfTheKeyColumnsOnlyAreAnError() {
        JavaFileObject savings = jakarta("bank.SavingsAccount", """
                @Entity
                @PrimaryKeyJoinColumns({
                        @PrimaryKeyJoinColumn(name = "savings_branch", referencedColumnName = "branchCode"),
                        @PrimaryKeyJoinColumn(name = "savings_number")})
                public class SavingsAccount extends Account {
                    BigDecimal rate;
                }
                """);
        CompilationSubject.assertThat(compile(ACCOUNT_ID, ACCOUNT, savings)).hadErrorContaining("Some"
                + " @PrimaryKeyJoinColumns of bank.SavingsAccount name the key column of bank.Account they stand for,"
                + " and some do not").inFile(savings).onLineContaining("referencedColumnName = \"branchCode\"");
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

    private static final JavaFileObject CHANNEL = jakarta("shop.Channel", """
            public enum Channel { WEB, RETAIL }
            """);

    private static final JavaFileObject CHANNEL_CONVERTER = jakarta("shop.ChannelConverter", """
            @Converter
            public class ChannelConverter implements AttributeConverter<Channel, String> {
                public String convertToDatabaseColumn(Channel channel) { return channel.name().substring(0, 1); }
                public Channel convertToEntityAttribute(String code) { return Channel.WEB; }
            }
            """);

    private static final JavaFileObject DISCOUNTS = jakarta("shop.Discounts", """
            @Entity
            public class Discounts {
                @Id Long id;
                @ElementCollection
                @Convert(attributeName = "key", converter = ChannelConverter.class)
                java.util.Map<Channel, BigDecimal> byChannel;
            }
            """);

    private static Compilation compileFor(String hibernate, JavaFileObject... sources) {
        return com.google.testing.compile.Compiler.javac().withProcessors(new JpaMigrateProcessor())
                .withOptions("-A" + ProcessorOptions.HIBERNATE + "=" + hibernate).compile(sources);
    }

    @Test
    void aConvertedEnumKeyIsCheckedOnHibernate7ByTheValuesTheConverterGives() {
        Compilation compilation = compileFor("7", CHANNEL, CHANNEL_CONVERTER, DISCOUNTS);
        CompilationSubject.assertThat(compilation).succeededWithoutWarnings();
        // The engine runs the converter when it reads the snapshot (ConvertedEnumCheckTest).
        assertThat(GeneratedSnapshots.schema(compilation, "shop").table("discounts_bychannel").orElseThrow().checks())
                .extracting(CheckConstraint::expression)
                .containsExactly("{converted-enum bychannel_key shop.Channel shop.ChannelConverter shop.Discounts.byChannel}");
    }

    @Test
    void aConvertedEnumKeyCompilesOnHibernate66WhichWritesNoCheck() {
        CompilationSubject.assertThat(compileFor("6.6", CHANNEL, CHANNEL_CONVERTER, DISCOUNTS)).succeeded();
    }
}
