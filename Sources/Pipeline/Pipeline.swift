// Pipeline runner: the runner helper writes this module.
