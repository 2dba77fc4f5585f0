package dev.hops.kustomize.internal.smp;

import java.util.List;

/**
 * Strategic merge cases: a resource, a patch, and what {@code kubectl kustomize} (kustomize v5.5.0)
 * printed for a kustomization with that resource and {@code patches: [{path: patch}]} ({@value
 * #DELETED} when it printed nothing, "ERROR: " and its message when it failed).
 */
final class StrategicMergeCases {

  static final String DELETED = "DELETED";

  record Case(String name, String resource, String patch, String expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  private StrategicMergeCases() {}

  static final List<Case> CASES =
      List.of(
          new Case(
              "containers merge by name, new container prepended",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                    - name: app
                      image: app:1
                      args: [--a, --b]
                      env:
                      - name: A
                        value: "1"
                      - name: B
                        value: "2"
                      ports:
                      - containerPort: 8080
                        protocol: TCP
                        name: http
                      volumeMounts:
                      - name: data
                        mountPath: /data
                      - name: cache
                        mountPath: /cache
                    - name: sidecar
                      image: side:1
                    volumes:
                    - name: data
                      emptyDir: {}
                    - name: cache
                      emptyDir: {}
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    containers:
                    - name: sidecar
                      image: side:2
                    - name: new
                      image: new:1
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                    - image: side:2
                      name: sidecar
                    - image: new:1
                      name: new
                    - args:
                      - --a
                      - --b
                      env:
                      - name: A
                        value: "1"
                      - name: B
                        value: "2"
                      image: app:1
                      name: app
                      ports:
                      - containerPort: 8080
                        name: http
                        protocol: TCP
                      volumeMounts:
                      - mountPath: /data
                        name: data
                      - mountPath: /cache
                        name: cache
                    volumes:
                    - emptyDir: {}
                      name: data
                    - emptyDir: {}
                      name: cache
              """),
          new Case(
              "new containers only",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                    - name: app
                      image: app:1
                      args: [--a, --b]
                      env:
                      - name: A
                        value: "1"
                      - name: B
                        value: "2"
                      ports:
                      - containerPort: 8080
                        protocol: TCP
                        name: http
                      volumeMounts:
                      - name: data
                        mountPath: /data
                      - name: cache
                        mountPath: /cache
                    - name: sidecar
                      image: side:1
                    volumes:
                    - name: data
                      emptyDir: {}
                    - name: cache
                      emptyDir: {}
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    containers:
                    - name: x
                      image: x:1
                    - name: y
                      image: y:1
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                    - image: x:1
                      name: x
                    - image: y:1
                      name: "y"
                    - args:
                      - --a
                      - --b
                      env:
                      - name: A
                        value: "1"
                      - name: B
                        value: "2"
                      image: app:1
                      name: app
                      ports:
                      - containerPort: 8080
                        name: http
                        protocol: TCP
                      volumeMounts:
                      - mountPath: /data
                        name: data
                      - mountPath: /cache
                        name: cache
                    - image: side:1
                      name: sidecar
                    volumes:
                    - emptyDir: {}
                      name: data
                    - emptyDir: {}
                      name: cache
              """),
          new Case(
              "env merged by name inside a container",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                    - name: app
                      image: app:1
                      args: [--a, --b]
                      env:
                      - name: A
                        value: "1"
                      - name: B
                        value: "2"
                      ports:
                      - containerPort: 8080
                        protocol: TCP
                        name: http
                      volumeMounts:
                      - name: data
                        mountPath: /data
                      - name: cache
                        mountPath: /cache
                    - name: sidecar
                      image: side:1
                    volumes:
                    - name: data
                      emptyDir: {}
                    - name: cache
                      emptyDir: {}
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    containers:
                    - name: app
                      env:
                      - name: C
                        value: "3"
                      - name: A
                        valueFrom:
                          secretKeyRef:
                            name: s
                            key: k
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                    - args:
                      - --a
                      - --b
                      env:
                      - name: C
                        value: "3"
                      - name: A
                        value: "1"
                        valueFrom:
                          secretKeyRef:
                            key: k
                            name: s
                      - name: B
                        value: "2"
                      image: app:1
                      name: app
                      ports:
                      - containerPort: 8080
                        name: http
                        protocol: TCP
                      volumeMounts:
                      - mountPath: /data
                        name: data
                      - mountPath: /cache
                        name: cache
                    - image: side:1
                      name: sidecar
                    volumes:
                    - emptyDir: {}
                      name: data
                    - emptyDir: {}
                      name: cache
              """),
          new Case(
              "env value null removes the value",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                    - name: app
                      image: app:1
                      args: [--a, --b]
                      env:
                      - name: A
                        value: "1"
                      - name: B
                        value: "2"
                      ports:
                      - containerPort: 8080
                        protocol: TCP
                        name: http
                      volumeMounts:
                      - name: data
                        mountPath: /data
                      - name: cache
                        mountPath: /cache
                    - name: sidecar
                      image: side:1
                    volumes:
                    - name: data
                      emptyDir: {}
                    - name: cache
                      emptyDir: {}
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    containers:
                    - name: app
                      env:
                      - name: B
                        value: null
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                    - args:
                      - --a
                      - --b
                      env:
                      - name: B
                      - name: A
                        value: "1"
                      image: app:1
                      name: app
                      ports:
                      - containerPort: 8080
                        name: http
                        protocol: TCP
                      volumeMounts:
                      - mountPath: /data
                        name: data
                      - mountPath: /cache
                        name: cache
                    - image: side:1
                      name: sidecar
                    volumes:
                    - emptyDir: {}
                      name: data
                    - emptyDir: {}
                      name: cache
              """),
          new Case(
              "env element deleted",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                    - name: app
                      image: app:1
                      args: [--a, --b]
                      env:
                      - name: A
                        value: "1"
                      - name: B
                        value: "2"
                      ports:
                      - containerPort: 8080
                        protocol: TCP
                        name: http
                      volumeMounts:
                      - name: data
                        mountPath: /data
                      - name: cache
                        mountPath: /cache
                    - name: sidecar
                      image: side:1
                    volumes:
                    - name: data
                      emptyDir: {}
                    - name: cache
                      emptyDir: {}
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    containers:
                    - name: app
                      env:
                      - name: A
                        $patch: delete
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                    - args:
                      - --a
                      - --b
                      env:
                      - name: B
                        value: "2"
                      image: app:1
                      name: app
                      ports:
                      - containerPort: 8080
                        name: http
                        protocol: TCP
                      volumeMounts:
                      - mountPath: /data
                        name: data
                      - mountPath: /cache
                        name: cache
                    - image: side:1
                      name: sidecar
                    volumes:
                    - emptyDir: {}
                      name: data
                    - emptyDir: {}
                      name: cache
              """),
          new Case(
              "ports merged by containerPort and protocol",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                    - name: app
                      image: app:1
                      args: [--a, --b]
                      env:
                      - name: A
                        value: "1"
                      - name: B
                        value: "2"
                      ports:
                      - containerPort: 8080
                        protocol: TCP
                        name: http
                      volumeMounts:
                      - name: data
                        mountPath: /data
                      - name: cache
                        mountPath: /cache
                    - name: sidecar
                      image: side:1
                    volumes:
                    - name: data
                      emptyDir: {}
                    - name: cache
                      emptyDir: {}
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    containers:
                    - name: app
                      ports:
                      - containerPort: 9090
                        protocol: TCP
                        name: metrics
                      - containerPort: 8080
                        protocol: TCP
                        name: web
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                    - args:
                      - --a
                      - --b
                      env:
                      - name: A
                        value: "1"
                      - name: B
                        value: "2"
                      image: app:1
                      name: app
                      ports:
                      - containerPort: 9090
                        name: metrics
                        protocol: TCP
                      - containerPort: 8080
                        name: web
                        protocol: TCP
                      volumeMounts:
                      - mountPath: /data
                        name: data
                      - mountPath: /cache
                        name: cache
                    - image: side:1
                      name: sidecar
                    volumes:
                    - emptyDir: {}
                      name: data
                    - emptyDir: {}
                      name: cache
              """),
          new Case(
              "port without protocol does not merge into a port with one",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                    - name: app
                      image: app:1
                      args: [--a, --b]
                      env:
                      - name: A
                        value: "1"
                      - name: B
                        value: "2"
                      ports:
                      - containerPort: 8080
                        protocol: TCP
                        name: http
                      volumeMounts:
                      - name: data
                        mountPath: /data
                      - name: cache
                        mountPath: /cache
                    - name: sidecar
                      image: side:1
                    volumes:
                    - name: data
                      emptyDir: {}
                    - name: cache
                      emptyDir: {}
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    containers:
                    - name: app
                      ports:
                      - containerPort: 8080
                        name: web
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                    - args:
                      - --a
                      - --b
                      env:
                      - name: A
                        value: "1"
                      - name: B
                        value: "2"
                      image: app:1
                      name: app
                      ports:
                      - containerPort: 8080
                        name: http
                        protocol: TCP
                      volumeMounts:
                      - mountPath: /data
                        name: data
                      - mountPath: /cache
                        name: cache
                    - image: side:1
                      name: sidecar
                    volumes:
                    - emptyDir: {}
                      name: data
                    - emptyDir: {}
                      name: cache
              """),
          new Case(
              "port with protocol does not merge into a port without one",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    containers:
                    - name: app
                      ports:
                      - containerPort: 8080
                      - containerPort: 9090
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    containers:
                    - name: app
                      ports:
                      - containerPort: 9090
                        protocol: UDP
                        name: x
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    containers:
                    - name: app
                      ports:
                      - containerPort: 8080
                      - containerPort: 9090
              """),
          new Case(
              "volumeMounts merged by mountPath",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                    - name: app
                      image: app:1
                      args: [--a, --b]
                      env:
                      - name: A
                        value: "1"
                      - name: B
                        value: "2"
                      ports:
                      - containerPort: 8080
                        protocol: TCP
                        name: http
                      volumeMounts:
                      - name: data
                        mountPath: /data
                      - name: cache
                        mountPath: /cache
                    - name: sidecar
                      image: side:1
                    volumes:
                    - name: data
                      emptyDir: {}
                    - name: cache
                      emptyDir: {}
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    containers:
                    - name: app
                      volumeMounts:
                      - mountPath: /cache
                        readOnly: true
                      - name: tmp
                        mountPath: /tmp
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                    - args:
                      - --a
                      - --b
                      env:
                      - name: A
                        value: "1"
                      - name: B
                        value: "2"
                      image: app:1
                      name: app
                      ports:
                      - containerPort: 8080
                        name: http
                        protocol: TCP
                      volumeMounts:
                      - mountPath: /cache
                        name: cache
                        readOnly: true
                      - mountPath: /tmp
                        name: tmp
                      - mountPath: /data
                        name: data
                    - image: side:1
                      name: sidecar
                    volumes:
                    - emptyDir: {}
                      name: data
                    - emptyDir: {}
                      name: cache
              """),
          new Case(
              "volumes merged by name, no retainKeys",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                    - name: app
                      image: app:1
                      args: [--a, --b]
                      env:
                      - name: A
                        value: "1"
                      - name: B
                        value: "2"
                      ports:
                      - containerPort: 8080
                        protocol: TCP
                        name: http
                      volumeMounts:
                      - name: data
                        mountPath: /data
                      - name: cache
                        mountPath: /cache
                    - name: sidecar
                      image: side:1
                    volumes:
                    - name: data
                      emptyDir: {}
                    - name: cache
                      emptyDir: {}
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    volumes:
                    - name: cache
                      configMap:
                        name: cm
                    - name: extra
                      secret:
                        secretName: s
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                    - args:
                      - --a
                      - --b
                      env:
                      - name: A
                        value: "1"
                      - name: B
                        value: "2"
                      image: app:1
                      name: app
                      ports:
                      - containerPort: 8080
                        name: http
                        protocol: TCP
                      volumeMounts:
                      - mountPath: /data
                        name: data
                      - mountPath: /cache
                        name: cache
                    - image: side:1
                      name: sidecar
                    volumes:
                    - configMap:
                        name: cm
                      emptyDir: {}
                      name: cache
                    - name: extra
                      secret:
                        secretName: s
                    - emptyDir: {}
                      name: data
              """),
          new Case(
              "volume source replaced with null and $patch",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                    - name: app
                      image: app:1
                      args: [--a, --b]
                      env:
                      - name: A
                        value: "1"
                      - name: B
                        value: "2"
                      ports:
                      - containerPort: 8080
                        protocol: TCP
                        name: http
                      volumeMounts:
                      - name: data
                        mountPath: /data
                      - name: cache
                        mountPath: /cache
                    - name: sidecar
                      image: side:1
                    volumes:
                    - name: data
                      emptyDir: {}
                    - name: cache
                      emptyDir: {}
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    volumes:
                    - name: cache
                      emptyDir: null
                      configMap:
                        name: cm
                    - name: data
                      $patch: delete
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                    - args:
                      - --a
                      - --b
                      env:
                      - name: A
                        value: "1"
                      - name: B
                        value: "2"
                      image: app:1
                      name: app
                      ports:
                      - containerPort: 8080
                        name: http
                        protocol: TCP
                      volumeMounts:
                      - mountPath: /data
                        name: data
                      - mountPath: /cache
                        name: cache
                    - image: side:1
                      name: sidecar
                    volumes:
                    - configMap:
                        name: cm
                      name: cache
              """),
          new Case(
              "initContainers merged by name",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    initContainers:
                    - name: init
                      image: init:1
                    containers:
                    - name: app
                      image: app:1
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    initContainers:
                    - name: init
                      image: init:2
                      command: [sh]
                    - name: migrate
                      image: m:1
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    containers:
                    - image: app:1
                      name: app
                    initContainers:
                    - command:
                      - sh
                      image: init:2
                      name: init
                    - image: m:1
                      name: migrate
              """),
          new Case(
              "imagePullSecrets merged by name",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    imagePullSecrets:
                    - name: a
                    - name: b
                    containers:
                    - name: app
                      image: app:1
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    imagePullSecrets:
                    - name: c
                    - name: a
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    containers:
                    - image: app:1
                      name: app
                    imagePullSecrets:
                    - name: c
                    - name: a
                    - name: b
              """),
          new Case(
              "tolerations have no merge key: replaced",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    tolerations:
                    - key: a
                      operator: Exists
                    - key: b
                      operator: Exists
                    containers:
                    - name: app
                      image: app:1
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    tolerations:
                    - key: c
                      operator: Exists
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    containers:
                    - image: app:1
                      name: app
                    tolerations:
                    - key: c
                      operator: Exists
              """),
          new Case(
              "args replaced",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                    - name: app
                      image: app:1
                      args: [--a, --b]
                      env:
                      - name: A
                        value: "1"
                      - name: B
                        value: "2"
                      ports:
                      - containerPort: 8080
                        protocol: TCP
                        name: http
                      volumeMounts:
                      - name: data
                        mountPath: /data
                      - name: cache
                        mountPath: /cache
                    - name: sidecar
                      image: side:1
                    volumes:
                    - name: data
                      emptyDir: {}
                    - name: cache
                      emptyDir: {}
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    containers:
                    - name: app
                      args: [--c]
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                    - args:
                      - --c
                      env:
                      - name: A
                        value: "1"
                      - name: B
                        value: "2"
                      image: app:1
                      name: app
                      ports:
                      - containerPort: 8080
                        name: http
                        protocol: TCP
                      volumeMounts:
                      - mountPath: /data
                        name: data
                      - mountPath: /cache
                        name: cache
                    - image: side:1
                      name: sidecar
                    volumes:
                    - emptyDir: {}
                      name: data
                    - emptyDir: {}
                      name: cache
              """),
          new Case(
              "container deleted",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                    - name: app
                      image: app:1
                      args: [--a, --b]
                      env:
                      - name: A
                        value: "1"
                      - name: B
                        value: "2"
                      ports:
                      - containerPort: 8080
                        protocol: TCP
                        name: http
                      volumeMounts:
                      - name: data
                        mountPath: /data
                      - name: cache
                        mountPath: /cache
                    - name: sidecar
                      image: side:1
                    volumes:
                    - name: data
                      emptyDir: {}
                    - name: cache
                      emptyDir: {}
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    containers:
                    - name: sidecar
                      $patch: delete
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                    - args:
                      - --a
                      - --b
                      env:
                      - name: A
                        value: "1"
                      - name: B
                        value: "2"
                      image: app:1
                      name: app
                      ports:
                      - containerPort: 8080
                        name: http
                        protocol: TCP
                      volumeMounts:
                      - mountPath: /data
                        name: data
                      - mountPath: /cache
                        name: cache
                    volumes:
                    - emptyDir: {}
                      name: data
                    - emptyDir: {}
                      name: cache
              """),
          new Case(
              "delete of a missing container",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                    - name: app
                      image: app:1
                      args: [--a, --b]
                      env:
                      - name: A
                        value: "1"
                      - name: B
                        value: "2"
                      ports:
                      - containerPort: 8080
                        protocol: TCP
                        name: http
                      volumeMounts:
                      - name: data
                        mountPath: /data
                      - name: cache
                        mountPath: /cache
                    - name: sidecar
                      image: side:1
                    volumes:
                    - name: data
                      emptyDir: {}
                    - name: cache
                      emptyDir: {}
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    containers:
                    - name: nope
                      $patch: delete
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                    - args:
                      - --a
                      - --b
                      env:
                      - name: A
                        value: "1"
                      - name: B
                        value: "2"
                      image: app:1
                      name: app
                      ports:
                      - containerPort: 8080
                        name: http
                        protocol: TCP
                      volumeMounts:
                      - mountPath: /data
                        name: data
                      - mountPath: /cache
                        name: cache
                    - image: side:1
                      name: sidecar
                    volumes:
                    - emptyDir: {}
                      name: data
                    - emptyDir: {}
                      name: cache
              """),
          new Case(
              "whole resource deleted",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                    - name: app
                      image: app:1
                      args: [--a, --b]
                      env:
                      - name: A
                        value: "1"
                      - name: B
                        value: "2"
                      ports:
                      - containerPort: 8080
                        protocol: TCP
                        name: http
                      volumeMounts:
                      - name: data
                        mountPath: /data
                      - name: cache
                        mountPath: /cache
                    - name: sidecar
                      image: side:1
                    volumes:
                    - name: data
                      emptyDir: {}
                    - name: cache
                      emptyDir: {}
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              $patch: delete
              """,
              DELETED),
          new Case(
              "top-level replace leaves the resource unchanged",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                    - name: app
                      image: app:1
                      args: [--a, --b]
                      env:
                      - name: A
                        value: "1"
                      - name: B
                        value: "2"
                      ports:
                      - containerPort: 8080
                        protocol: TCP
                        name: http
                      volumeMounts:
                      - name: data
                        mountPath: /data
                      - name: cache
                        mountPath: /cache
                    - name: sidecar
                      image: side:1
                    volumes:
                    - name: data
                      emptyDir: {}
                    - name: cache
                      emptyDir: {}
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              $patch: replace
              spec:
                replicas: 5
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                    - args:
                      - --a
                      - --b
                      env:
                      - name: A
                        value: "1"
                      - name: B
                        value: "2"
                      image: app:1
                      name: app
                      ports:
                      - containerPort: 8080
                        name: http
                        protocol: TCP
                      volumeMounts:
                      - mountPath: /data
                        name: data
                      - mountPath: /cache
                        name: cache
                    - image: side:1
                      name: sidecar
                    volumes:
                    - emptyDir: {}
                      name: data
                    - emptyDir: {}
                      name: cache
              """),
          new Case(
              "replace on a map",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                    - name: app
                      image: app:1
                      args: [--a, --b]
                      env:
                      - name: A
                        value: "1"
                      - name: B
                        value: "2"
                      ports:
                      - containerPort: 8080
                        protocol: TCP
                        name: http
                      volumeMounts:
                      - name: data
                        mountPath: /data
                      - name: cache
                        mountPath: /cache
                    - name: sidecar
                      image: side:1
                    volumes:
                    - name: data
                      emptyDir: {}
                    - name: cache
                      emptyDir: {}
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  metadata:
                    labels:
                      $patch: replace
                      tier: front
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      tier: front
                  spec:
                    containers:
                    - args:
                      - --a
                      - --b
                      env:
                      - name: A
                        value: "1"
                      - name: B
                        value: "2"
                      image: app:1
                      name: app
                      ports:
                      - containerPort: 8080
                        name: http
                        protocol: TCP
                      volumeMounts:
                      - mountPath: /data
                        name: data
                      - mountPath: /cache
                        name: cache
                    - image: side:1
                      name: sidecar
                    volumes:
                    - emptyDir: {}
                      name: data
                    - emptyDir: {}
                      name: cache
              """),
          new Case(
              "replace on a list",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                    - name: app
                      image: app:1
                      args: [--a, --b]
                      env:
                      - name: A
                        value: "1"
                      - name: B
                        value: "2"
                      ports:
                      - containerPort: 8080
                        protocol: TCP
                        name: http
                      volumeMounts:
                      - name: data
                        mountPath: /data
                      - name: cache
                        mountPath: /cache
                    - name: sidecar
                      image: side:1
                    volumes:
                    - name: data
                      emptyDir: {}
                    - name: cache
                      emptyDir: {}
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    containers:
                    - $patch: replace
                    - name: only
                      image: only:1
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                    - image: only:1
                      name: only
                    volumes:
                    - emptyDir: {}
                      name: data
                    - emptyDir: {}
                      name: cache
              """),
          new Case(
              "delete on a list",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                    - name: app
                      image: app:1
                      args: [--a, --b]
                      env:
                      - name: A
                        value: "1"
                      - name: B
                        value: "2"
                      ports:
                      - containerPort: 8080
                        protocol: TCP
                        name: http
                      volumeMounts:
                      - name: data
                        mountPath: /data
                      - name: cache
                        mountPath: /cache
                    - name: sidecar
                      image: side:1
                    volumes:
                    - name: data
                      emptyDir: {}
                    - name: cache
                      emptyDir: {}
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    containers:
                    - name: app
                      image: x
                    volumes:
                    - $patch: delete
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                    - args:
                      - --a
                      - --b
                      env:
                      - name: A
                        value: "1"
                      - name: B
                        value: "2"
                      image: x
                      name: app
                      ports:
                      - containerPort: 8080
                        name: http
                        protocol: TCP
                      volumeMounts:
                      - mountPath: /data
                        name: data
                      - mountPath: /cache
                        name: cache
                    - image: side:1
                      name: sidecar
              """),
          new Case(
              "delete on a map",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                    - name: app
                      image: app:1
                      args: [--a, --b]
                      env:
                      - name: A
                        value: "1"
                      - name: B
                        value: "2"
                      ports:
                      - containerPort: 8080
                        protocol: TCP
                        name: http
                      volumeMounts:
                      - name: data
                        mountPath: /data
                      - name: cache
                        mountPath: /cache
                    - name: sidecar
                      image: side:1
                    volumes:
                    - name: data
                      emptyDir: {}
                    - name: cache
                      emptyDir: {}
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  metadata:
                    $patch: delete
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  spec:
                    containers:
                    - args:
                      - --a
                      - --b
                      env:
                      - name: A
                        value: "1"
                      - name: B
                        value: "2"
                      image: app:1
                      name: app
                      ports:
                      - containerPort: 8080
                        name: http
                        protocol: TCP
                      volumeMounts:
                      - mountPath: /data
                        name: data
                      - mountPath: /cache
                        name: cache
                    - image: side:1
                      name: sidecar
                    volumes:
                    - emptyDir: {}
                      name: data
                    - emptyDir: {}
                      name: cache
              """),
          new Case(
              "merge directive is a no-op",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                    - name: app
                      image: app:1
                      args: [--a, --b]
                      env:
                      - name: A
                        value: "1"
                      - name: B
                        value: "2"
                      ports:
                      - containerPort: 8080
                        protocol: TCP
                        name: http
                      volumeMounts:
                      - name: data
                        mountPath: /data
                      - name: cache
                        mountPath: /cache
                    - name: sidecar
                      image: side:1
                    volumes:
                    - name: data
                      emptyDir: {}
                    - name: cache
                      emptyDir: {}
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                $patch: merge
                replicas: 3
                template:
                  spec:
                    containers:
                    - $patch: merge
                    - name: app
                      image: app:2
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 3
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                    - args:
                      - --a
                      - --b
                      env:
                      - name: A
                        value: "1"
                      - name: B
                        value: "2"
                      image: app:2
                      name: app
                      ports:
                      - containerPort: 8080
                        name: http
                        protocol: TCP
                      volumeMounts:
                      - mountPath: /data
                        name: data
                      - mountPath: /cache
                        name: cache
                    - image: side:1
                      name: sidecar
                    volumes:
                    - emptyDir: {}
                      name: data
                    - emptyDir: {}
                      name: cache
              """),
          new Case(
              "replace directive inside a list element is ignored",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                    - name: app
                      image: app:1
                      args: [--a, --b]
                      env:
                      - name: A
                        value: "1"
                      - name: B
                        value: "2"
                      ports:
                      - containerPort: 8080
                        protocol: TCP
                        name: http
                      volumeMounts:
                      - name: data
                        mountPath: /data
                      - name: cache
                        mountPath: /cache
                    - name: sidecar
                      image: side:1
                    volumes:
                    - name: data
                      emptyDir: {}
                    - name: cache
                      emptyDir: {}
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    containers:
                    - name: app
                      $patch: replace
                      image: app:9
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                    - args:
                      - --a
                      - --b
                      env:
                      - name: A
                        value: "1"
                      - name: B
                        value: "2"
                      image: app:1
                      name: app
                      ports:
                      - containerPort: 8080
                        name: http
                        protocol: TCP
                      volumeMounts:
                      - mountPath: /data
                        name: data
                      - mountPath: /cache
                        name: cache
                    - image: side:1
                      name: sidecar
                    volumes:
                    - emptyDir: {}
                      name: data
                    - emptyDir: {}
                      name: cache
              """),
          new Case(
              "null clears fields and maps",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                    - name: app
                      image: app:1
                      args: [--a, --b]
                      env:
                      - name: A
                        value: "1"
                      - name: B
                        value: "2"
                      ports:
                      - containerPort: 8080
                        protocol: TCP
                        name: http
                      volumeMounts:
                      - name: data
                        mountPath: /data
                      - name: cache
                        mountPath: /cache
                    - name: sidecar
                      image: side:1
                    volumes:
                    - name: data
                      emptyDir: {}
                    - name: cache
                      emptyDir: {}
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: null
                template:
                  metadata:
                    labels: null
                  spec:
                    volumes: ~
                    containers:
                    - name: app
                      args:
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  metadata: {}
                  spec:
                    containers:
                    - env:
                      - name: A
                        value: "1"
                      - name: B
                        value: "2"
                      image: app:1
                      name: app
                      ports:
                      - containerPort: 8080
                        name: http
                        protocol: TCP
                      volumeMounts:
                      - mountPath: /data
                        name: data
                      - mountPath: /cache
                        name: cache
                    - image: side:1
                      name: sidecar
              """),
          new Case(
              "patch container without a name",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                    - name: app
                      image: app:1
                      args: [--a, --b]
                      env:
                      - name: A
                        value: "1"
                      - name: B
                        value: "2"
                      ports:
                      - containerPort: 8080
                        protocol: TCP
                        name: http
                      volumeMounts:
                      - name: data
                        mountPath: /data
                      - name: cache
                        mountPath: /cache
                    - name: sidecar
                      image: side:1
                    volumes:
                    - name: data
                      emptyDir: {}
                    - name: cache
                      emptyDir: {}
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    containers:
                    - image: nameless:1
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers: []
                    volumes:
                    - emptyDir: {}
                      name: data
                    - emptyDir: {}
                      name: cache
              """),
          new Case(
              "containers null in patch",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                    - name: app
                      image: app:1
                      args: [--a, --b]
                      env:
                      - name: A
                        value: "1"
                      - name: B
                        value: "2"
                      ports:
                      - containerPort: 8080
                        protocol: TCP
                        name: http
                      volumeMounts:
                      - name: data
                        mountPath: /data
                      - name: cache
                        mountPath: /cache
                    - name: sidecar
                      image: side:1
                    volumes:
                    - name: data
                      emptyDir: {}
                    - name: cache
                      emptyDir: {}
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    containers: null
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    volumes:
                    - emptyDir: {}
                      name: data
                    - emptyDir: {}
                      name: cache
              """),
          new Case(
              "empty lists in patch",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                    - name: app
                      image: app:1
                      args: [--a, --b]
                      env:
                      - name: A
                        value: "1"
                      - name: B
                        value: "2"
                      ports:
                      - containerPort: 8080
                        protocol: TCP
                        name: http
                      volumeMounts:
                      - name: data
                        mountPath: /data
                      - name: cache
                        mountPath: /cache
                    - name: sidecar
                      image: side:1
                    volumes:
                    - name: data
                      emptyDir: {}
                    - name: cache
                      emptyDir: {}
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    containers: []
                    volumes: []
                    tolerations: []
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                    - args:
                      - --a
                      - --b
                      env:
                      - name: A
                        value: "1"
                      - name: B
                        value: "2"
                      image: app:1
                      name: app
                      ports:
                      - containerPort: 8080
                        name: http
                        protocol: TCP
                      volumeMounts:
                      - mountPath: /data
                        name: data
                      - mountPath: /cache
                        name: cache
                    - image: side:1
                      name: sidecar
                    tolerations: []
                    volumes:
                    - emptyDir: {}
                      name: data
                    - emptyDir: {}
                      name: cache
              """),
          new Case(
              "finalizers merged as a set, patch first",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
                finalizers: [a, b]
              spec:
                replicas: 1
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
                finalizers: [c, a, d]
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                finalizers:
                - c
                - a
                - d
                - b
                name: web
              spec:
                replicas: 1
              """),
          new Case(
              "directives kyaml does not know stay as fields",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                    - name: app
                      image: app:1
                      args: [--a, --b]
                      env:
                      - name: A
                        value: "1"
                      - name: B
                        value: "2"
                      ports:
                      - containerPort: 8080
                        protocol: TCP
                        name: http
                      volumeMounts:
                      - name: data
                        mountPath: /data
                      - name: cache
                        mountPath: /cache
                    - name: sidecar
                      image: side:1
                    volumes:
                    - name: data
                      emptyDir: {}
                    - name: cache
                      emptyDir: {}
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
                $deleteFromPrimitiveList/finalizers: [a]
              spec:
                strategy:
                  $retainKeys: [type]
                  type: Recreate
                template:
                  spec:
                    $setElementOrder/containers:
                    - name: sidecar
                    - name: app
                    containers:
                    - name: app
                      image: app:3
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                $deleteFromPrimitiveList/finalizers:
                - a
                name: web
              spec:
                replicas: 1
                strategy:
                  $retainKeys:
                  - type
                  type: Recreate
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    $setElementOrder/containers:
                    - name: sidecar
                    - name: app
                    containers:
                    - args:
                      - --a
                      - --b
                      env:
                      - name: A
                        value: "1"
                      - name: B
                        value: "2"
                      image: app:3
                      name: app
                      ports:
                      - containerPort: 8080
                        name: http
                        protocol: TCP
                      volumeMounts:
                      - mountPath: /data
                        name: data
                      - mountPath: /cache
                        name: cache
                    - image: side:1
                      name: sidecar
                    volumes:
                    - emptyDir: {}
                      name: data
                    - emptyDir: {}
                      name: cache
              """),
          new Case(
              "list directive on a list without merge key stays",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                    - name: app
                      image: app:1
                      args: [--a, --b]
                      env:
                      - name: A
                        value: "1"
                      - name: B
                        value: "2"
                      ports:
                      - containerPort: 8080
                        protocol: TCP
                        name: http
                      volumeMounts:
                      - name: data
                        mountPath: /data
                      - name: cache
                        mountPath: /cache
                    - name: sidecar
                      image: side:1
                    volumes:
                    - name: data
                      emptyDir: {}
                    - name: cache
                      emptyDir: {}
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    tolerations:
                    - key: x
                    - $patch: replace
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                    - args:
                      - --a
                      - --b
                      env:
                      - name: A
                        value: "1"
                      - name: B
                        value: "2"
                      image: app:1
                      name: app
                      ports:
                      - containerPort: 8080
                        name: http
                        protocol: TCP
                      volumeMounts:
                      - mountPath: /data
                        name: data
                      - mountPath: /cache
                        name: cache
                    - image: side:1
                      name: sidecar
                    tolerations:
                    - key: x
                    - $patch: replace
                    volumes:
                    - emptyDir: {}
                      name: data
                    - emptyDir: {}
                      name: cache
              """),
          new Case(
              "lists added where the resource has none",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    containers:
                    - name: app
                      image: app:1
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    volumes:
                    - $patch: replace
                    - name: v
                      emptyDir: {}
                    - name: gone
                      $patch: delete
                    containers:
                    - name: app
                      volumeMounts:
                      - mountPath: /v
                        name: v
                      - mountPath: /w
                        name: w
                        $patch: delete
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    containers:
                    - image: app:1
                      name: app
                      volumeMounts:
                      - mountPath: /v
                        name: v
                    volumes:
                    - $patch: replace
              """),
          new Case(
              "new map with nulls and directives",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                selector:
                  matchLabels:
                    app: web
                    gone: null
                  $patch: replace
                strategy:
                  rollingUpdate:
                    $patch: delete
                  type: Recreate
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                selector:
                  matchLabels:
                    app: web
                strategy:
                  type: Recreate
              """),
          new Case(
              "explicit nulls in the resource",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: ~
                paused: null
                minReadySeconds:
                template:
                  spec:
                    containers:
                    - name: app
                      image: app:1
                      workingDir:
                      tty: null
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                revisionHistoryLimit: 3
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                paused: null
                replicas: null
                revisionHistoryLimit: 3
                template:
                  spec:
                    containers:
                    - image: app:1
                      name: app
                      tty: null
              """),
          new Case(
              "scalar styles carry over to replacing values",
              """
              apiVersion: example.com/v1
              kind: Widget
              metadata:
                name: w
              spec:
                a: "1"
                b: 'x'
                c: |
                  text
                d: plain
                f: 7
                g: "8"
                h:
                  i: "9"
              """,
              """
              apiVersion: example.com/v1
              kind: Widget
              metadata:
                name: w
              spec:
                a: 2
                b: true
                c: 3
                d: "4"
                e: 5
                f: "6"
                g: null
                h:
                  i: 10
              """,
              """
              apiVersion: example.com/v1
              kind: Widget
              metadata:
                name: w
              spec:
                a: "2"
                b: "true"
                c: "3"
                d: "4"
                e: 5
                f: "6"
                h:
                  i: "10"
              """),
          new Case(
              "annotations and labels",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
                labels:
                  app: web
                annotations:
                  a: "1"
              spec:
                replicas: 1
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
                labels:
                  tier: "2"
                  app: null
                annotations:
                  b: x
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                annotations:
                  a: "1"
                  b: x
                labels:
                  tier: "2"
                name: web
              spec:
                replicas: 1
              """),
          new Case(
              "ownerReferences merged by uid",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
                ownerReferences:
                - apiVersion: v1
                  kind: ConfigMap
                  name: a
                  uid: u1
              spec:
                replicas: 1
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
                ownerReferences:
                - uid: u1
                  name: b
                - apiVersion: v1
                  kind: Secret
                  name: c
                  uid: u2
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
                ownerReferences:
                - apiVersion: v1
                  kind: ConfigMap
                  name: b
                  uid: u1
                - apiVersion: v1
                  kind: Secret
                  name: c
                  uid: u2
              spec:
                replicas: 1
              """),
          new Case(
              "topologySpreadConstraints merged by two keys",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    topologySpreadConstraints:
                    - maxSkew: 1
                      topologyKey: zone
                      whenUnsatisfiable: DoNotSchedule
                    - maxSkew: 1
                      topologyKey: host
                      whenUnsatisfiable: ScheduleAnyway
                    containers:
                    - name: app
                      image: app:1
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    topologySpreadConstraints:
                    - maxSkew: 2
                      topologyKey: zone
                      whenUnsatisfiable: DoNotSchedule
                    - maxSkew: 3
                      topologyKey: zone
                      whenUnsatisfiable: ScheduleAnyway
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    containers:
                    - image: app:1
                      name: app
                    topologySpreadConstraints:
                    - maxSkew: 3
                      topologyKey: zone
                      whenUnsatisfiable: ScheduleAnyway
                    - maxSkew: 2
                      topologyKey: zone
                      whenUnsatisfiable: DoNotSchedule
                    - maxSkew: 1
                      topologyKey: host
                      whenUnsatisfiable: ScheduleAnyway
              """),
          new Case(
              "hostAliases merged by ip",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    hostAliases:
                    - ip: 1.2.3.4
                      hostnames: [a]
                    containers:
                    - name: app
                      image: app:1
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    hostAliases:
                    - ip: 1.2.3.4
                      hostnames: [b]
                    - ip: 5.6.7.8
                      hostnames: [c]
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    containers:
                    - image: app:1
                      name: app
                    hostAliases:
                    - hostnames:
                      - b
                      ip: 1.2.3.4
                    - hostnames:
                      - c
                      ip: 5.6.7.8
              """),
          new Case(
              "service ports merged by port",
              """
              apiVersion: v1
              kind: Service
              metadata:
                name: svc
              spec:
                selector:
                  app: web
                ports:
                - name: http
                  port: 80
                  targetPort: 8080
                - name: https
                  port: 443
                  protocol: TCP
                  targetPort: 8443
              """,
              """
              apiVersion: v1
              kind: Service
              metadata:
                name: svc
              spec:
                ports:
                - port: 80
                  targetPort: 9090
                - port: 443
                  protocol: TCP
                  name: tls
                - port: 53
                  protocol: UDP
                  name: dns
              """,
              """
              apiVersion: v1
              kind: Service
              metadata:
                name: svc
              spec:
                ports:
                - name: dns
                  port: 53
                  protocol: UDP
                - name: http
                  port: 80
                  targetPort: 9090
                - name: tls
                  port: 443
                  protocol: TCP
                  targetPort: 8443
                selector:
                  app: web
              """),
          new Case(
              "service port deleted",
              """
              apiVersion: v1
              kind: Service
              metadata:
                name: svc
              spec:
                selector:
                  app: web
                ports:
                - name: http
                  port: 80
                  targetPort: 8080
                - name: https
                  port: 443
                  protocol: TCP
                  targetPort: 8443
              """,
              """
              apiVersion: v1
              kind: Service
              metadata:
                name: svc
              spec:
                ports:
                - port: 443
                  protocol: TCP
                  $patch: delete
              """,
              """
              apiVersion: v1
              kind: Service
              metadata:
                name: svc
              spec:
                ports:
                - name: http
                  port: 80
                  targetPort: 8080
                selector:
                  app: web
              """),
          new Case(
              "configmap data merged",
              """
              apiVersion: v1
              kind: ConfigMap
              metadata:
                name: cm
                labels:
                  a: "1"
              data:
                x: "1"
                y: "2"
              """,
              """
              apiVersion: v1
              kind: ConfigMap
              metadata:
                name: cm
                labels:
                  b: "2"
              data:
                y: "3"
                z: "4"
                x: null
              """,
              """
              apiVersion: v1
              data:
                "y": "3"
                z: "4"
              kind: ConfigMap
              metadata:
                labels:
                  a: "1"
                  b: "2"
                name: cm
              """),
          new Case(
              "configmap data replaced",
              """
              apiVersion: v1
              kind: ConfigMap
              metadata:
                name: cm
                labels:
                  a: "1"
              data:
                x: "1"
                y: "2"
              """,
              """
              apiVersion: v1
              kind: ConfigMap
              metadata:
                name: cm
              data:
                $patch: replace
                w: "0"
              """,
              """
              apiVersion: v1
              data:
                w: "0"
              kind: ConfigMap
              metadata:
                labels:
                  a: "1"
                name: cm
              """),
          new Case(
              "custom resource: lists replaced, maps merged",
              """
              apiVersion: example.com/v1
              kind: Widget
              metadata:
                name: w
              spec:
                items:
                - name: a
                  value: 1
                - name: b
                  value: 2
                config:
                  nested:
                    keep: true
                    change: old
                  list: [1, 2]
              """,
              """
              apiVersion: example.com/v1
              kind: Widget
              metadata:
                name: w
              spec:
                items:
                - name: b
                  value: 3
                config:
                  nested:
                    change: new
                    add: x
                  list: [3]
              """,
              """
              apiVersion: example.com/v1
              kind: Widget
              metadata:
                name: w
              spec:
                config:
                  list:
                  - 3
                  nested:
                    add: x
                    change: new
                    keep: true
                items:
                - name: b
                  value: 3
              """),
          new Case(
              "custom resource: list element directives stay",
              """
              apiVersion: example.com/v1
              kind: Widget
              metadata:
                name: w
              spec:
                items:
                - name: a
                  value: 1
                - name: b
                  value: 2
                config:
                  nested:
                    keep: true
                    change: old
                  list: [1, 2]
              """,
              """
              apiVersion: example.com/v1
              kind: Widget
              metadata:
                name: w
              spec:
                items:
                - name: a
                  $patch: delete
              """,
              """
              apiVersion: example.com/v1
              kind: Widget
              metadata:
                name: w
              spec:
                config:
                  list:
                  - 1
                  - 2
                  nested:
                    change: old
                    keep: true
                items:
                - $patch: delete
                  name: a
              """),
          new Case(
              "custom resource embedding a Deployment gets its schema",
              """
              apiVersion: example.com/v1
              kind: Wrapper
              metadata:
                name: w
              spec:
                template:
                  apiVersion: apps/v1
                  kind: Deployment
                  spec:
                    template:
                      spec:
                        containers:
                        - name: a
                          image: a:1
                        - name: b
                          image: b:1
                other:
                  containers:
                  - name: a
                    image: a:1
              """,
              """
              apiVersion: example.com/v1
              kind: Wrapper
              metadata:
                name: w
              spec:
                template:
                  apiVersion: apps/v1
                  kind: Deployment
                  spec:
                    template:
                      spec:
                        containers:
                        - name: b
                          image: b:2
                other:
                  containers:
                  - name: b
                    image: b:2
              """,
              """
              apiVersion: example.com/v1
              kind: Wrapper
              metadata:
                name: w
              spec:
                other:
                  containers:
                  - image: b:2
                    name: b
                template:
                  apiVersion: apps/v1
                  kind: Deployment
                  spec:
                    template:
                      spec:
                        containers:
                        - image: b:2
                          name: b
                        - image: a:1
                          name: a
              """),
          new Case(
              "HelmRelease values deep merge",
              """
              apiVersion: helm.toolkit.fluxcd.io/v2
              kind: HelmRelease
              metadata:
                name: podinfo
                namespace: apps
              spec:
                interval: 5m
                chart:
                  spec:
                    chart: podinfo
                    version: 6.x
                values:
                  replicaCount: 1
                  ingress:
                    enabled: false
                    hosts:
                    - host: a.example.com
                      paths:
                      - path: /
                  resources:
                    limits:
                      memory: 128Mi
                    requests:
                      cpu: 100m
                      memory: 64Mi
              """,
              """
              apiVersion: helm.toolkit.fluxcd.io/v2
              kind: HelmRelease
              metadata:
                name: podinfo
                namespace: apps
              spec:
                values:
                  replicaCount: 3
                  ingress:
                    enabled: true
                    hosts:
                    - host: b.example.com
                  resources:
                    limits:
                      memory: null
                      cpu: 1
                    requests: null
                  extra:
                    key: value
              """,
              """
              apiVersion: helm.toolkit.fluxcd.io/v2
              kind: HelmRelease
              metadata:
                name: podinfo
                namespace: apps
              spec:
                chart:
                  spec:
                    chart: podinfo
                    version: 6.x
                interval: 5m
                values:
                  extra:
                    key: value
                  ingress:
                    enabled: true
                    hosts:
                    - host: b.example.com
                  replicaCount: 3
                  resources:
                    limits:
                      cpu: 1
              """),
          new Case(
              "kind mismatch",
              """
              apiVersion: v1
              kind: ConfigMap
              metadata:
                name: cm
                labels:
                  a: "1"
              data:
                x: "1"
                y: "2"
              """,
              """
              apiVersion: v1
              kind: ConfigMap
              metadata:
                name: cm
              data: scalar
              """,
              "ERROR: wrong node kind: expected MappingNode but got ScalarNode: node contents:\n"
                  + "scalar"),
          new Case(
              "unknown directive",
              """
              apiVersion: v1
              kind: ConfigMap
              metadata:
                name: cm
                labels:
                  a: "1"
              data:
                x: "1"
                y: "2"
              """,
              """
              apiVersion: v1
              kind: ConfigMap
              metadata:
                name: cm
              data:
                $patch: bogus
              """,
              "ERROR: unknown patch strategy 'bogus'"),
          new Case(
              "unknown list directive",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                    - name: app
                      image: app:1
                      args: [--a, --b]
                      env:
                      - name: A
                        value: "1"
                      - name: B
                        value: "2"
                      ports:
                      - containerPort: 8080
                        protocol: TCP
                        name: http
                      volumeMounts:
                      - name: data
                        mountPath: /data
                      - name: cache
                        mountPath: /cache
                    - name: sidecar
                      image: side:1
                    volumes:
                    - name: data
                      emptyDir: {}
                    - name: cache
                      emptyDir: {}
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    containers:
                    - $patch: bogus
              """,
              "ERROR: unknown patch strategy 'bogus'"),
          new Case(
              "unknown directive on a new map is kept",
              """
              apiVersion: v1
              kind: ConfigMap
              metadata:
                name: cm
                labels:
                  a: "1"
              data:
                x: "1"
                y: "2"
              """,
              """
              apiVersion: v1
              kind: ConfigMap
              metadata:
                name: cm
              binaryData:
                $patch: bogus
              """,
              """
              apiVersion: v1
              binaryData:
                $patch: bogus
              data:
                x: "1"
                "y": "2"
              kind: ConfigMap
              metadata:
                labels:
                  a: "1"
                name: cm
              """),
          new Case(
              "seq in patch over a map",
              """
              apiVersion: v1
              kind: ConfigMap
              metadata:
                name: cm
                labels:
                  a: "1"
              data:
                x: "1"
                y: "2"
              """,
              """
              apiVersion: v1
              kind: ConfigMap
              metadata:
                name: cm
              data: [a]
              """,
              "ERROR: wrong node kind: expected MappingNode but got SequenceNode: node contents:\n"
                  + "[a]"),
          new Case(
              "map in patch over null",
              """
              apiVersion: v1
              kind: ConfigMap
              metadata:
                name: cm
                labels: null
              data:
              """,
              """
              apiVersion: v1
              kind: ConfigMap
              metadata:
                name: cm
                labels:
                  a: b
              data:
                k: v
              """,
              """
              apiVersion: v1
              data:
                k: v
              kind: ConfigMap
              metadata:
                labels:
                  a: b
                name: cm
              """),
          new Case(
              "pod (core group) containers",
              """
              apiVersion: v1
              kind: Pod
              metadata:
                name: p
              spec:
                containers:
                - name: a
                  image: a:1
                  resources:
                    limits:
                      cpu: 1
              """,
              """
              apiVersion: v1
              kind: Pod
              metadata:
                name: p
              spec:
                containers:
                - name: a
                  resources:
                    limits:
                      memory: 1Gi
                    requests:
                      cpu: 500m
              """,
              """
              apiVersion: v1
              kind: Pod
              metadata:
                name: p
              spec:
                containers:
                - image: a:1
                  name: a
                  resources:
                    limits:
                      cpu: 1
                      memory: 1Gi
                    requests:
                      cpu: 500m
              """),
          new Case(
              "duplicate names in resource list",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    containers:
                    - name: a
                      image: a:1
                    - name: a
                      image: a:2
                    - name: b
                      image: b:1
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    containers:
                    - name: a
                      image: a:3
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    containers:
                    - image: a:2
                      name: a
                    - image: b:1
                      name: b
              """),
          new Case(
              "resource list elements without the key",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    containers:
                    - image: x:1
                    - name: a
                      image: a:1
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    containers:
                    - name: b
                      image: b:1
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    containers:
                    - image: x:1
              """),
          new Case(
              "cronjob nested pod template",
              """
              apiVersion: batch/v1
              kind: CronJob
              metadata:
                name: cj
              spec:
                schedule: "* * * * *"
                jobTemplate:
                  spec:
                    template:
                      spec:
                        restartPolicy: Never
                        containers:
                        - name: a
                          image: a:1
                          env:
                          - name: X
                            value: x
              """,
              """
              apiVersion: batch/v1
              kind: CronJob
              metadata:
                name: cj
              spec:
                jobTemplate:
                  spec:
                    template:
                      spec:
                        containers:
                        - name: a
                          env:
                          - name: Y
                            value: y
                        - name: b
                          image: b:1
              """,
              """
              apiVersion: batch/v1
              kind: CronJob
              metadata:
                name: cj
              spec:
                jobTemplate:
                  spec:
                    template:
                      spec:
                        containers:
                        - env:
                          - name: "Y"
                            value: "y"
                          - name: X
                            value: x
                          image: a:1
                          name: a
                        - image: b:1
                          name: b
                        restartPolicy: Never
                schedule: '* * * * *'
              """),
          new Case(
              "statefulset volumeClaimTemplates have no merge key",
              """
              apiVersion: apps/v1
              kind: StatefulSet
              metadata:
                name: s
              spec:
                serviceName: s
                volumeClaimTemplates:
                - metadata:
                    name: a
                  spec:
                    accessModes: [ReadWriteOnce]
                template:
                  spec:
                    containers:
                    - name: a
                      image: a:1
              """,
              """
              apiVersion: apps/v1
              kind: StatefulSet
              metadata:
                name: s
              spec:
                volumeClaimTemplates:
                - metadata:
                    name: b
                  spec:
                    accessModes: [ReadWriteMany]
              """,
              """
              apiVersion: apps/v1
              kind: StatefulSet
              metadata:
                name: s
              spec:
                serviceName: s
                template:
                  spec:
                    containers:
                    - image: a:1
                      name: a
                volumeClaimTemplates:
                - metadata:
                    name: b
                  spec:
                    accessModes:
                    - ReadWriteMany
              """),
          new Case(
              "primitive list with duplicates and nulls",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
                finalizers: [a, a, b, ~]
              spec:
                replicas: 1
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
                finalizers: [b, c, c]
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                finalizers:
                - b
                - c
                - a
                name: web
              spec:
                replicas: 1
              """),
          new Case(
              "quoted and tagged values in a merged primitive list",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
                finalizers: ["1", a]
              spec:
                replicas: 1
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
                finalizers: [2, "3", true]
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                finalizers:
                - 2
                - "3"
                - true
                - "1"
                - a
                name: web
              spec:
                replicas: 1
              """),
          new Case(
              "service port without protocol in patch",
              """
              apiVersion: v1
              kind: Service
              metadata:
                name: web
              spec:
                ports:
                - port: 30900
                  targetPort: 30900
                  protocol: TCP
              """,
              """
              apiVersion: v1
              kind: Service
              metadata:
                name: web
              spec:
                ports:
                - port: 30900
                  targetPort: 30901
                - port: 30902
                  targetPort: 30902
              """,
              """
              apiVersion: v1
              kind: Service
              metadata:
                name: web
              spec:
                ports:
                - port: 30902
                  targetPort: 30902
                - port: 30900
                  protocol: TCP
                  targetPort: 30900
              """),
          new Case(
              "merge keys compare as text",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    containers:
                    - name: app
                      image: app:1
                      ports:
                      - containerPort: "8080"
                        protocol: TCP
                      env:
                      - name: "1"
                        value: a
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    containers:
                    - name: app
                      ports:
                      - containerPort: 8080
                        protocol: TCP
                        name: http
                      env:
                      - name: 1
                        value: b
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    containers:
                    - env:
                      - name: "1"
                        value: b
                      image: app:1
                      name: app
                      ports:
                      - containerPort: "8080"
                        name: http
                        protocol: TCP
              """),
          new Case(
              "unknown field of a known kind has no schema",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                extra:
                  items:
                  - name: a
                    v: 1
                  containers:
                  - name: a
                    image: a
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                extra:
                  items:
                  - name: b
                    v: 2
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                extra:
                  containers:
                  - image: a
                    name: a
                  items:
                  - name: b
                    v: 2
                replicas: 1
              """),
          new Case(
              "null elements in associative lists",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    containers:
                    - name: a
                      image: a:1
                    - null
                    - {}
                    - name: b
                      image: b:1
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    containers:
                    - name: b
                      image: b:2
                    - null
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    containers:
                    - image: b:2
                      name: b
              """),
          new Case(
              "nested maps inside list elements merge",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    containers:
                    - name: app
                      image: app:1
                      resources:
                        limits:
                          cpu: 100m
                          memory: 1Gi
                      securityContext:
                        runAsUser: 1000
                        capabilities:
                          drop: [ALL]
                      livenessProbe:
                        httpGet:
                          path: /healthz
                          port: 8080
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    containers:
                    - name: app
                      resources:
                        limits:
                          cpu: 200m
                        requests:
                          cpu: 50m
                      securityContext:
                        capabilities:
                          add: [NET_ADMIN]
                      livenessProbe:
                        httpGet: null
                        exec:
                          command: [true]
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    containers:
                    - image: app:1
                      livenessProbe:
                        exec:
                          command:
                          - true
                      name: app
                      resources:
                        limits:
                          cpu: 200m
                          memory: 1Gi
                        requests:
                          cpu: 50m
                      securityContext:
                        capabilities:
                          add:
                          - NET_ADMIN
                          drop:
                          - ALL
                        runAsUser: 1000
              """),
          new Case(
              "scalar replaced over an empty string and a literal",
              """
              apiVersion: example.com/v1
              kind: Widget
              metadata:
                name: w
              spec:
                a: ""
                b: |-
                  x
                c: ~
                d: 0x10
                e: 1_000
              """,
              """
              apiVersion: example.com/v1
              kind: Widget
              metadata:
                name: w
              spec:
                a: 1
                b: false
                c: 3
                d: 17
                e: 2
              """,
              """
              apiVersion: example.com/v1
              kind: Widget
              metadata:
                name: w
              spec:
                a: "1"
                b: "false"
                c: 3
                d: 17
                e: 2
              """),
          new Case(
              "kustomization api schema",
              """
              apiVersion: kustomize.config.k8s.io/v1beta1
              kind: Kustomization
              metadata:
                name: k
              configMapGenerator:
              - name: a
                literals: [x=1]
              - name: b
                literals: [y=1]
              resources: [a.yaml, b.yaml]
              """,
              """
              apiVersion: kustomize.config.k8s.io/v1beta1
              kind: Kustomization
              metadata:
                name: k
              configMapGenerator:
              - name: b
                literals: [y=2]
              - name: c
              resources: [c.yaml]
              """,
              """
              apiVersion: kustomize.config.k8s.io/v1beta1
              configMapGenerator:
              - literals:
                - y=2
                name: b
              - name: c
              - literals:
                - x=1
                name: a
              kind: Kustomization
              metadata:
                name: k
              resources:
              - c.yaml
              """),
          new Case(
              "job with list-type atomic conditions still merges by type",
              """
              apiVersion: batch/v1
              kind: Job
              metadata:
                name: j
              spec:
                template:
                  spec:
                    restartPolicy: Never
                    containers:
                    - name: a
                      image: a:1
              status:
                conditions:
                - type: Complete
                  status: "False"
                - type: Failed
                  status: "False"
              """,
              """
              apiVersion: batch/v1
              kind: Job
              metadata:
                name: j
              status:
                conditions:
                - type: Failed
                  status: "True"
              """,
              """
              apiVersion: batch/v1
              kind: Job
              metadata:
                name: j
              spec:
                template:
                  spec:
                    containers:
                    - image: a:1
                      name: a
                    restartPolicy: Never
              status:
                conditions:
                - status: "True"
                  type: Failed
                - status: "False"
                  type: Complete
              """),
          new Case(
              "patch adds a whole spec to a resource without one",
              """
              apiVersion: v1
              kind: Service
              metadata:
                name: s
              """,
              """
              apiVersion: v1
              kind: Service
              metadata:
                name: s
              spec:
                ports:
                - port: 80
                - port: 81
                  $patch: delete
                selector:
                  app: x
                  drop: null
              """,
              """
              apiVersion: v1
              kind: Service
              metadata:
                name: s
              spec:
                ports:
                - port: 80
                selector:
                  app: x
              """),
          new Case(
              "yaml 1.1 strings are quoted by a first patch, which a second patch sees",
              """
              apiVersion: example.com/v1
              kind: Widget
              metadata:
                name: w
              spec:
                a: on
                b: x
                c: yes
                e: no
                f: off
                g: y
                h: "-"
                list:
                - on
              """,
              """
              apiVersion: example.com/v1
              kind: Widget
              metadata:
                name: w
              spec:
                b: y
                n: off
              ---
              apiVersion: example.com/v1
              kind: Widget
              metadata:
                name: w
              spec:
                a: true
                c: 1
                n: 2
                f: 3
                h: 4
                list: [5]
              """,
              """
              apiVersion: example.com/v1
              kind: Widget
              metadata:
                name: w
              spec:
                a: "true"
                b: "y"
                c: "1"
                e: "no"
                f: "3"
                g: "y"
                h: "4"
                list:
                - 5
                "n": "2"
              """),
          new Case(
              "one patch: the patch's own yaml 1.1 strings do not matter",
              """
              apiVersion: example.com/v1
              kind: Widget
              metadata:
                name: w
              spec:
                a: on
                c: x
              """,
              """
              apiVersion: example.com/v1
              kind: Widget
              metadata:
                name: w
              spec:
                a: true
                b: on
                c: off
              """,
              """
              apiVersion: example.com/v1
              kind: Widget
              metadata:
                name: w
              spec:
                a: true
                b: "on"
                c: "off"
              """),
          new Case(
              "several patches in one file apply in order",
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                    - name: app
                      image: app:1
                      args: [--a, --b]
                      env:
                      - name: A
                        value: "1"
                      - name: B
                        value: "2"
                      ports:
                      - containerPort: 8080
                        protocol: TCP
                        name: http
                      volumeMounts:
                      - name: data
                        mountPath: /data
                      - name: cache
                        mountPath: /cache
                    - name: sidecar
                      image: side:1
                    volumes:
                    - name: data
                      emptyDir: {}
                    - name: cache
                      emptyDir: {}
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    containers:
                    - name: x
                      image: x:1
              ---
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                template:
                  spec:
                    containers:
                    - name: y
                      image: y:1
                    - name: x
                      image: x:2
              """,
              """
              apiVersion: apps/v1
              kind: Deployment
              metadata:
                name: web
              spec:
                replicas: 1
                template:
                  metadata:
                    labels:
                      app: web
                  spec:
                    containers:
                    - image: y:1
                      name: "y"
                    - image: x:2
                      name: x
                    - args:
                      - --a
                      - --b
                      env:
                      - name: A
                        value: "1"
                      - name: B
                        value: "2"
                      image: app:1
                      name: app
                      ports:
                      - containerPort: 8080
                        name: http
                        protocol: TCP
                      volumeMounts:
                      - mountPath: /data
                        name: data
                      - mountPath: /cache
                        name: cache
                    - image: side:1
                      name: sidecar
                    volumes:
                    - emptyDir: {}
                      name: data
                    - emptyDir: {}
                      name: cache
              """),
          new Case(
              "an element merged twice keeps the resource's node apart from the patch's",
              """
              apiVersion: v1
              kind: Service
              metadata:
                name: web
              spec:
                ports:
                - port: 81
                  protocol: null
                - null
                - port: 80
                  protocol: null
              """,
              """
              apiVersion: v1
              kind: Service
              metadata:
                name: web
              spec:
                ports:
                - port: "80"
              ---
              apiVersion: v1
              kind: Service
              metadata:
                name: web
              spec:
                ports:
                - port: 80
                  targetPort: 8080
              """,
              """
              apiVersion: v1
              kind: Service
              metadata:
                name: web
              spec:
                ports:
                - port: 80
                  protocol: null
                  targetPort: 8080
              """),
          new Case(
              "explicit tags",
              """
              apiVersion: example.com/v1
              kind: Widget
              metadata:
                name: w
              spec:
                a: !!str 1
                b: !!str true
                c: 3
                list: [!!str 5, 6]
              """,
              """
              apiVersion: example.com/v1
              kind: Widget
              metadata:
                name: w
              spec:
                a: 2
                b: false
                c: !!str 4
                d: !!str 7
              """,
              """
              apiVersion: example.com/v1
              kind: Widget
              metadata:
                name: w
              spec:
                a: 2
                b: false
                c: "4"
                d: "7"
                list:
                - "5"
                - 6
              """));
}
