// Fuzz target for the HTTP API: the input is the raw bytes a client sends on one connection.
// httplib parses the request(s) and the routes of src/server/routes.cc answer them from a small
// store made once per process. Invariant: no crash, and no answer is a 5xx: hostile requests
// (broken request lines, huge or invalid parameters, FTS5 syntax in q) are the client's fault.
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/store.h"
#include "server/routes.h"

namespace {

namespace fs = std::filesystem;

// Reads the fuzz input, collects what the server writes.
class MemoryStream : public httplib::Stream {
 public:
  explicit MemoryStream(std::string_view in) : in_(in) {}
  bool is_readable() const override { return true; }
  bool is_writable() const override { return true; }
  ssize_t read(char* ptr, size_t size) override {
    size_t n = std::min(size, in_.size() - pos_);
    std::copy_n(in_.data() + pos_, n, ptr);
    pos_ += n;
    return static_cast<ssize_t>(n);
  }
  ssize_t write(const char* ptr, size_t size) override {
    out_.append(ptr, size);
    return static_cast<ssize_t>(size);
  }
  void get_remote_ip_and_port(std::string& ip, int& port) const override {
    ip = "127.0.0.1";
    port = 40000;
  }
  void get_local_ip_and_port(std::string& ip, int& port) const override {
    ip = "127.0.0.1";
    port = 8080;
  }
  socket_t socket() const override { return 0; }
  bool exhausted() const { return pos_ >= in_.size(); }
  const std::string& out() const { return out_; }

 private:
  std::string_view in_;
  size_t pos_ = 0;
  std::string out_;
};

class FuzzServer : public httplib::Server {
 public:
  // Answers every request in `stream` (keep-alive: several may follow each other).
  void Answer(MemoryStream& stream) {
    for (int i = 0; i < 8 && !stream.exhausted(); ++i) {
      bool closed = false;
      if (!process_request(stream, false, closed, nullptr) || closed) break;
    }
  }
};

// A store with a few documents, made once.
struct Fixture {
  Fixture() {
    dir = fs::temp_directory_path() / ("ng_http_fuzz_" + std::to_string(::getpid()));
    fs::create_directories(dir);
    options.db_path = (dir / "f.db").string();
    auto store = newsgraph::Store::Open(options.db_path);
    if (!store.ok()) std::abort();
    std::vector<newsgraph::StoredDocument> docs;
    const char* texts[] = {
        "Blinken warned Lavrov of severe consequences, the State Department said on Monday.",
        "The minister said 300 people attended the talks in Geneva.",
        "Prime Minister David Cameron told reporters: \"We will not give up.\""};
    for (const char* t : texts) {
      newsgraph::StoredDocument sd;
      sd.document.text = t;
      sd.document.id = newsgraph::MakeDocId(sd.document.text);
      sd.document.title = std::string(t).substr(0, 20);
      sd.document.source = "fuzz.txt";
      sd.document.format = "text";
      newsgraph::Analysis a;
      a.text_length = sd.document.text.size();
      a.people.push_back({"Antony Blinken", {{"Blinken", 0, 7}}, "Secretary of State", "Secretary of State", "United States"});
      a.quotes.push_back({"Antony Blinken", "severe consequences", 26, 45, "warned"});
      sd.analysis = a;
      docs.push_back(std::move(sd));
    }
    if (!(*store)->Add(docs).ok()) std::abort();
    // link tables, so that people searches, a person's page and the events lists read rows
    newsgraph::LinkOutput links;
    newsgraph::WorldPerson p;
    p.id = "P000000000001";
    p.name = "Antony Blinken";
    p.aliases = {{"Antony Blinken", 2}, {"Blinken", 3}};
    p.documents = 3;
    for (const auto& d : docs) p.mentions.push_back({d.document.id.hex, "Blinken", 0, 7});
    links.people.push_back(p);
    newsgraph::WorldEvent e;
    e.id = "E000000000001";
    e.kind = "talk";
    e.date = "2021-12-06";
    e.participants = {{p.id, p.name}, {"", "Sergei Lavrov"}};
    e.reports = {{docs[0].document.id.hex, 0, 40, "talk", "on Monday", "2021-12-06", "", "happened", "2021-12-06", {}}};
    links.events.push_back(e);
    for (const auto& d : docs) links.people_of[d.document.id.hex] = {{"Antony Blinken", p.id}};
    links.documents = docs.size();
    if (!(*store)->ReplaceLinks(links).ok()) std::abort();
    newsgraph::server::RegisterRoutes(srv, options);
    // the method of each request answered, in order: an answer to HEAD has no body
    srv.set_logger([this](const httplib::Request& req, const httplib::Response&) { methods.push_back(req.method); });
  }
  ~Fixture() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
  fs::path dir;
  newsgraph::ServerOptions options;
  FuzzServer srv;
  std::vector<std::string> methods;
};

// Walks the responses in `out` (status line, headers, Content-Length body, none for an answer to
// HEAD: `methods` are the requests' methods in order) and returns the first status code of 500
// or more, or 0. Aborts on a response that is not well formed.
int FirstServerError(const std::string& out, const std::vector<std::string>& methods) {
  size_t at = 0;
  for (size_t i = 0; at < out.size(); ++i) {
    if (out.compare(at, 9, "HTTP/1.1 ") != 0 || at + 12 > out.size()) std::abort();
    int status = std::atoi(out.substr(at + 9, 3).c_str());
    if (status >= 500) return status;
    size_t end = out.find("\r\n\r\n", at);
    if (end == std::string::npos) std::abort();
    std::string head = out.substr(at, end - at);
    size_t body = 0;
    size_t cl = head.find("\r\nContent-Length: ");
    if (cl != std::string::npos) body = std::strtoull(head.c_str() + cl + 18, nullptr, 10);
    if (i < methods.size() && methods[i] == "HEAD") body = 0;
    at = end + 4 + body;
  }
  return 0;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static Fixture* fixture = new Fixture();  // kept for the life of the process
  MemoryStream stream(std::string_view(reinterpret_cast<const char*>(data), size));
  fixture->methods.clear();
  fixture->srv.Answer(stream);
  if (int status = FirstServerError(stream.out(), fixture->methods)) {
    std::fprintf(stderr, "http_request_fuzzer: answered %d\n%s\n", status, stream.out().c_str());
    std::abort();
  }
  return 0;
}
