if status is-interactive
    # Commands to run in interactive sessions can go here
    set -g fish_greeting
    abbr -a k kubectl
    abbr -a kgp 'kubectl get pods'
    alias ll 'ls -lh'
    alias ssh='ssh -o ServerAliveInterval=60'
end

set -gx EDITOR vim
set -gx PAGER less
fish_add_path $HOME/.local/bin $HOME/go/bin
set -gx GOPATH $HOME/go

function fish_prompt --description 'Write out the prompt'
    set -l last_status $status
    echo -n (set_color $fish_color_cwd)(prompt_pwd)(set_color normal)
    if test $last_status -ne 0
        echo -n (set_color red)" [$last_status]"(set_color normal)
    end
    echo -n '> '
end

if type -q kubectl
    kubectl completion fish | source
end
