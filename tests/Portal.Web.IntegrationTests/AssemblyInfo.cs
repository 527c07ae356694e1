// Hangfire keeps process-wide static state; hosts in one process must not start side by side.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
