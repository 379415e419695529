// store stage
namespace newsgraph {}
