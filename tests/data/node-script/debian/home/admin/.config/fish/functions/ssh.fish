function ssh --wraps ssh --description 'ssh with a terminal type servers know'
    set -l term $TERM
    TERM=xterm-256color command ssh $argv
end
