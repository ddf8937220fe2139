package dev.jpamigrate.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SqlTypesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "VARCHAR(80)                      | varchar(80)",
            "character varying(255)           | varchar(255)",
            "character varying                | varchar",
            "character(1)                     | char(1)",
            "char                             | char(1)",
            "int4                             | integer",
            "INT                              | integer",
            "int8                             | bigint",
            "int2                             | smallint",
            "float(24)                        | real",
            "float(53)                        | double precision",
            "float8                           | double precision",
            "decimal(10, 2)                   | numeric(10,2)",
            "bool                             | boolean",
            "timestamp(6) without time zone   | timestamp(6)",
            "timestamptz                      | timestamp with time zone",
            "timestamp(6) WITH TIME ZONE      | timestamp(6) with time zone",
            "time(0) without time zone        | time(0)",
            "integer[]                        | integer[]",
            "jsonb                            | jsonb",
            "'\"MyType\"'                     | '\"MyType\"'",
    })
    void spellingsOfOneTypeAreOneCanonicalForm(String written, String canonical) {
        assertThat(SqlTypes.canonical(written)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "varchar(80)   | varchar(255)  | true",
            "varchar(255)  | varchar(80)   | false",
            "varchar(80)   | text          | true",
            "integer       | bigint        | true",
            "bigint        | integer       | false",
            "numeric(10,2) | numeric(12,2) | true",
            "numeric(10,2) | numeric(10,0) | false",
            "text          | integer       | false",
    })
    void wideningKeepsEveryValue(String from, String to, boolean widening) {
        assertThat(SqlTypes.isWidening(from, to)).isEqualTo(widening);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "integer                     | bigint        | true",
            "numeric(10,2)               | integer       | true",
            "varchar(255)                | text          | true",
            "integer                     | varchar(20)   | true",
            "timestamp(6)                | timestamp(6) with time zone | true",
            "date                        | timestamp(6)  | true",
            "varchar(255)                | smallint      | false",
            "varchar(255)                | uuid          | false",
            "integer                     | boolean       | false",
    })
    void postgresqlConvertsSomeTypesByItself(String from, String to, boolean assignable) {
        assertThat(SqlTypes.hasAssignmentCast(from, to)).isEqualTo(assignable);
    }
}
