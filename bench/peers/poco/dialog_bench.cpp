// Peer benchmark: Poco's Net::DialogSocket::receiveStatusMessage() reading
// the smtpcodes wire corpus from a local TCP server (127.0.0.1) that serves
// the corpus bytes, as Poco's SMTPClientSession reads replies. Only the
// receive loop is timed; a second loop that only recv()s the same bytes in
// DialogSocket's 1 KiB reads shows what the socket alone costs. Prints one
// JSON line per loop: {"name", "bytes", "replies", "errors", "seconds"}
// (median of the runs).
//
//   g++ -O2 -std=c++17 dialog_bench.cpp -o dialog_bench -lPocoNet -lPocoFoundation -pthread
//   ./dialog_bench WIRE_FILE [RUNS]
#include <Poco/Net/DialogSocket.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/Version.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

namespace {

// Accepts one connection and writes all of `data` to it.
void serve(Poco::Net::ServerSocket& server, const std::string& data) {
  Poco::Net::StreamSocket peer = server.acceptConnection();
  std::size_t sent = 0;
  while (sent < data.size())
    sent += static_cast<std::size_t>(peer.sendBytes(
        data.data() + sent, static_cast<int>(std::min<std::size_t>(data.size() - sent, 1 << 20))));
  peer.shutdownSend();
}

struct result {
  double seconds;
  std::size_t replies;
  std::size_t errors;
};

result dialog_run(const std::string& data, std::size_t expected_replies) {
  Poco::Net::ServerSocket server(Poco::Net::SocketAddress("127.0.0.1", 0));
  std::thread writer(serve, std::ref(server), std::cref(data));
  Poco::Net::DialogSocket socket(server.address());
  std::string message;
  result r{0, 0, 0};
  long long checksum = 0;
  const auto start = std::chrono::steady_clock::now();
  for (std::size_t i = 0; i < expected_replies; ++i) {
    const int status = socket.receiveStatusMessage(message);
    if (status <= 0) ++r.errors;
    checksum += status + static_cast<long long>(message.size());
    ++r.replies;
  }
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  writer.join();
  if (checksum == 0) std::fprintf(stderr, "nothing read\n");
  return r;
}

result recv_run(const std::string& data) {
  Poco::Net::ServerSocket server(Poco::Net::SocketAddress("127.0.0.1", 0));
  std::thread writer(serve, std::ref(server), std::cref(data));
  Poco::Net::StreamSocket socket(server.address());
  char buffer[1024];  // DialogSocket's RECEIVE_BUFFER_SIZE
  std::size_t total = 0;
  const auto start = std::chrono::steady_clock::now();
  for (int n = socket.receiveBytes(buffer, sizeof buffer); n > 0;
       n = socket.receiveBytes(buffer, sizeof buffer))
    total += static_cast<std::size_t>(n);
  result r{std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), 0,
           total == data.size() ? 0u : 1u};
  writer.join();
  return r;
}

// Replies in the corpus: lines whose fourth byte is a space.
std::size_t count_replies(const std::string& data) {
  std::size_t n = 0;
  for (std::size_t at = 0; at < data.size();) {
    const std::size_t lf = data.find('\n', at);
    if (at + 3 < data.size() && data[at + 3] == ' ') ++n;
    if (lf == std::string::npos) break;
    at = lf + 1;
  }
  return n;
}

void print(const std::string& name, const std::string& data, const std::vector<result>& runs) {
  std::vector<double> s;
  for (const result& r : runs) s.push_back(r.seconds);
  std::sort(s.begin(), s.end());
  std::printf(
      "{\"name\": \"%s\", \"bytes\": %zu, \"replies\": %zu, \"errors\": %zu, \"seconds\": %.6f, "
      "\"runs\": %zu}\n",
      name.c_str(), data.size(), runs.back().replies, runs.back().errors, s[s.size() / 2],
      runs.size());
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s WIRE_FILE [RUNS]\n", argv[0]);
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  const std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const int runs = argc > 2 ? std::atoi(argv[2]) : 5;
  const std::size_t replies = count_replies(data);
  std::vector<result> dialog, raw;
  for (int i = 0; i < runs; ++i) {
    dialog.push_back(dialog_run(data, replies));
    raw.push_back(recv_run(data));
  }
  const std::string poco = "Poco " + std::to_string(POCO_VERSION >> 24) + "." +
                           std::to_string((POCO_VERSION >> 16) & 0xFF) + "." +
                           std::to_string((POCO_VERSION >> 8) & 0xFF);
  print(poco + " DialogSocket receiveStatusMessage (TCP 127.0.0.1)", data, dialog);
  print(poco + " StreamSocket recv only, 1 KiB reads (the socket's share)", data, raw);
  return 0;
}
