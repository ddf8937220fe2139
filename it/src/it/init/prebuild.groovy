// The pom as the developer wrote it, for the verify script to compare with what init left.
new File(basedir, 'pom.before.xml').text = new File(basedir, 'pom.xml').text
return true
