// Peer benchmark: Go's net/textproto reading the smtpcodes wire corpus with
// Reader.ReadResponse(0) over a bufio.Reader, as net/smtp does. Prints one
// JSON line: {"name", "bytes", "replies", "errors", "seconds"} where seconds
// is the median of the runs.
//
//	go run textproto_bench.go WIRE_FILE [RUNS]
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/textproto"
	"os"
	"runtime"
	"sort"
	"strconv"
	"time"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: textproto_bench WIRE_FILE [RUNS]")
		os.Exit(2)
	}
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	runs := 5
	if len(os.Args) > 2 {
		runs, _ = strconv.Atoi(os.Args[2])
	}
	var seconds []float64
	replies, errors := 0, 0
	for run := 0; run < runs; run++ {
		replies, errors = 0, 0
		checksum := 0
		start := time.Now()
		r := textproto.NewReader(bufio.NewReaderSize(bytes.NewReader(data), 64<<10))
		for {
			code, msg, err := r.ReadResponse(0)
			if err == io.EOF {
				break
			}
			if err != nil {
				if _, ok := err.(textproto.ProtocolError); ok {
					errors++
					continue
				}
				if _, ok := err.(*textproto.Error); !ok {
					fmt.Fprintln(os.Stderr, err)
					os.Exit(1)
				}
			}
			replies++
			checksum += code + len(msg)
		}
		seconds = append(seconds, time.Since(start).Seconds())
		if checksum == 0 {
			fmt.Fprintln(os.Stderr, "nothing read")
		}
	}
	sort.Float64s(seconds)
	out, _ := json.Marshal(map[string]interface{}{
		"name":    "Go net/textproto ReadResponse (" + runtime.Version() + ")",
		"bytes":   len(data),
		"replies": replies,
		"errors":  errors,
		"seconds": seconds[len(seconds)/2],
		"runs":    runs,
	})
	fmt.Println(string(out))
}
