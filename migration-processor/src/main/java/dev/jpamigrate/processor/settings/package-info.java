/**
 * The application's own Hibernate settings, read where the application keeps them (processor
 * options, Spring Boot's {@code application.properties}/{@code .yml}, {@code persistence.xml},
 * {@code hibernate.cfg.xml}, {@code hibernate.properties}) with the precedence Spring Boot and Hibernate give them, and
 * the settings among them that change the DDL.
 */
package dev.jpamigrate.processor.settings;
