def log = new File(basedir, 'build.log').text
def before = new File(basedir, 'pom.before.xml').text
def pom = new File(basedir, 'pom.xml').text

// The first init added each piece; the second found each one there and wrote nothing.
assert log.contains('Added to pom.xml: the dependency dev.jpamigrate:migration-annotations:' + pluginVersion + '.')
assert log.contains('Added to pom.xml: maven-compiler-plugin 3.14.1 with the processor migration-processor, with lombok'
        + ' that the compiler found on the class path until now.')
assert log.contains('Added to pom.xml: the plugin dev.jpamigrate:migration-maven-plugin:' + pluginVersion + '.')
assert log.contains('Added to .gitignore: .migration/ (the development database).')
assert log.contains('Already in pom.xml: the plugin dev.jpamigrate:migration-maven-plugin.')
assert log.contains('Already in .gitignore: .migration/.')
assert log.contains('Nothing to add: the project is set up for JPA Migrate.')
assert log.count('Added to pom.xml:') == 4 : 'the second init added nothing'

// Every character the developer wrote is still there, in order: init only inserted.
int at = 0
for (char c : before.toCharArray()) {
    at = pom.indexOf((int) c, at)
    assert at >= 0 : "init changed the original pom around character '$c'"
    at++
}
// Each addition once, in the pom's four-space indentation.
['<artifactId>migration-annotations</artifactId>', '<artifactId>migration-processor</artifactId>',
 '<artifactId>migration-maven-plugin</artifactId>', '<migration.url>embedded:.migration/dev-db</migration.url>',
 '<artifactId>maven-compiler-plugin</artifactId>'].each {
    assert pom.count(it) == 1 : it
}
assert pom.contains('''
                    <annotationProcessorPaths>
                        <path>
                            <groupId>org.projectlombok</groupId>
                            <artifactId>lombok</artifactId>
''')
assert new File(basedir, '.gitignore').text == "# JPA Migrate's development database\n.migration/\n"

// The third invocation compiled with both processors and generated the first migration.
def migrations = new File(basedir, 'src/main/java/db/migration').listFiles()*.name
assert migrations.size() == 1 && migrations[0] ==~ /R\d{14}_InitialSchema\.java/ : migrations
assert new File(basedir, 'src/main/java/db/migration/' + migrations[0]).text.contains('"book"')
assert new File(basedir, 'target/classes/com/acme/library/Catalogue.class').isFile()
return true
