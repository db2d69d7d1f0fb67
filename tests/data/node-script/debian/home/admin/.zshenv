export EDITOR=vim
export KUBECONFIG="$HOME/.kube/config"
. "$HOME/.cargo/env"
