// link stage
namespace newsgraph {}
