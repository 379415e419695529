// server stage
namespace newsgraph {}
