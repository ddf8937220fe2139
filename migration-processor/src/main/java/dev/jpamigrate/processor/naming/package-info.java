/**
 * Names: Hibernate's implicit names (hashed foreign keys and indexes, join tables), its
 * physical naming strategies (JPA's, Spring Boot's, or the application's own class), and what
 * PostgreSQL makes of them (folding, quoting, keywords, length).
 */
package dev.jpamigrate.processor.naming;
