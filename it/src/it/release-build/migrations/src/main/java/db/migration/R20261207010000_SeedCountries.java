package db.migration;

import dev.jpamigrate.Migration;
import dev.jpamigrate.Operations;
import dev.jpamigrate.Revision;

/** Hand-written: the countries every customer needs. */
@Revision(id = "20261207010000", parents = "20261207004746", message = "seed countries")
public class R20261207010000_SeedCountries implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.sql("insert into country (code, name) values ('DE', 'Germany'), ('FR', 'France')");
    }

    @Override
    public void downgrade(Operations op) {
        op.sql("delete from country where code in ('DE', 'FR')");
    }
}
