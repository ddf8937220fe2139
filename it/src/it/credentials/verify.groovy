def log = new File(basedir, 'build.log').text

// The credentials of settings.xml's <server> were used.
assert (log =~ /Applied 20260101000000 initial schema \(\d+ ms\)/).find()

// A wrong password: one line that says which user and what to check.
assert (log =~ /Cannot log in to jdbc:postgresql:\/\/localhost:\d+\/shop as shop: FATAL: password authentication failed for user "shop"\. Check migration\.user and migration\.password \(or migration\.serverId\)\./).find()
assert !log.contains('Wrong-Pa55word') : 'a password was printed'
assert !log.contains('shop-Secret-1') : 'a password was printed'
assert !(log =~ /\tat [a-z]+\./).find() : 'a stack trace was printed without -e'
return true
