package dev.jpamigrate.processor;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;

/**
 * The implicit naming that Spring Boot configures ({@code SpringImplicitNamingStrategy},
 * not on this class path): JPA's, except that a join table is named
 * {@code <owning table>_<owning attribute>} instead of {@code <owning table>_<target table>}.
 */
public class SpringBootImplicitNaming extends ImplicitNamingStrategyJpaCompliantImpl {
    @Override
    public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
        return toIdentifier(source.getOwningPhysicalTableName() + "_"
                + source.getAssociationOwningAttributePath().getProperty(), source.getBuildingContext());
    }
}
