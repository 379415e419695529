newsgraph_stage(server newsgraph_store Threads::Threads)
