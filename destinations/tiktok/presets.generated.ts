// generated, do not edit: `npm run manifest` writes this file from pipelines/*.yaml.
import type { Preset } from '@segment/actions-core'

export const presets: Preset[] = [
  {
    "name": "Add Payment Info",
    "subscribe": "type = \"track\" and event = \"Payment Info Entered\"",
    "partnerAction": "reportEvent",
    "mapping": {
      "event": "AddPaymentInfo",
      "event_id": {
        "@path": "$.messageId"
      },
      "timestamp": {
        "@path": "$.timestamp"
      },
      "email": {
        "@if": {
          "exists": {
            "@path": "$.properties.email"
          },
          "then": {
            "@path": "$.properties.email"
          },
          "else": {
            "@path": "$.context.traits.email"
          }
        }
      },
      "phone": {
        "@if": {
          "exists": {
            "@path": "$.properties.phone"
          },
          "then": {
            "@path": "$.properties.phone"
          },
          "else": {
            "@path": "$.context.traits.phone"
          }
        }
      },
      "user_id": {
        "@path": "$.userId"
      },
      "anonymous_id": {
        "@path": "$.anonymousId"
      },
      "first_name": {
        "@if": {
          "exists": {
            "@path": "$.context.traits.firstName"
          },
          "then": {
            "@path": "$.context.traits.firstName"
          },
          "else": {
            "@path": "$.properties.first_name"
          }
        }
      },
      "last_name": {
        "@if": {
          "exists": {
            "@path": "$.context.traits.lastName"
          },
          "then": {
            "@path": "$.context.traits.lastName"
          },
          "else": {
            "@path": "$.properties.last_name"
          }
        }
      },
      "zip_code": {
        "@path": "$.context.traits.address.postalCode"
      },
      "city": {
        "@path": "$.context.traits.address.city"
      },
      "state": {
        "@path": "$.context.traits.address.state"
      },
      "country": {
        "@path": "$.context.traits.address.country"
      },
      "ttp": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttp"
          },
          "then": {
            "@path": "$.properties.ttp"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttp"
              },
              "then": {
                "@path": "$.context.ttp"
              },
              "else": {
                "@path": "$.integrations.TikTok.ttp"
              }
            }
          }
        }
      },
      "ttclid": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttclid"
          },
          "then": {
            "@path": "$.properties.ttclid"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttclid"
              },
              "then": {
                "@path": "$.context.ttclid"
              },
              "else": {
                "@path": "$.integrations.TikTok.ttclid"
              }
            }
          }
        }
      },
      "ip": {
        "@path": "$.context.ip"
      },
      "user_agent": {
        "@path": "$.context.userAgent"
      },
      "locale": {
        "@path": "$.context.locale"
      },
      "url": {
        "@path": "$.context.page.url"
      },
      "referrer": {
        "@path": "$.context.page.referrer"
      },
      "device": {
        "@path": "$.context.device"
      },
      "app": {
        "@path": "$.context.app"
      },
      "contents": {
        "@if": {
          "exists": {
            "@path": "$.properties.products"
          },
          "then": {
            "@arrayPath": [
              "$.properties.products",
              {
                "content_id": {
                  "@if": {
                    "exists": {
                      "@path": "$.product_id"
                    },
                    "then": {
                      "@path": "$.product_id"
                    },
                    "else": {
                      "@if": {
                        "exists": {
                          "@path": "$.sku"
                        },
                        "then": {
                          "@path": "$.sku"
                        },
                        "else": {
                          "@path": "$.id"
                        }
                      }
                    }
                  }
                },
                "content_name": {
                  "@path": "$.name"
                },
                "content_category": {
                  "@path": "$.category"
                },
                "brand": {
                  "@path": "$.brand"
                },
                "price": {
                  "@path": "$.price"
                },
                "quantity": {
                  "@path": "$.quantity"
                }
              }
            ]
          },
          "else": {
            "@if": {
              "exists": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.product_id"
                  },
                  "then": {
                    "@path": "$.properties.product_id"
                  },
                  "else": {
                    "@path": "$.properties.sku"
                  }
                }
              },
              "then": [
                {
                  "content_id": {
                    "@if": {
                      "exists": {
                        "@path": "$.properties.product_id"
                      },
                      "then": {
                        "@path": "$.properties.product_id"
                      },
                      "else": {
                        "@path": "$.properties.sku"
                      }
                    }
                  },
                  "content_name": {
                    "@path": "$.properties.name"
                  },
                  "content_category": {
                    "@path": "$.properties.category"
                  },
                  "brand": {
                    "@path": "$.properties.brand"
                  },
                  "price": {
                    "@path": "$.properties.price"
                  },
                  "quantity": {
                    "@path": "$.properties.quantity"
                  }
                }
              ]
            }
          }
        }
      },
      "content_type": {
        "@if": {
          "exists": {
            "@if": {
              "exists": {
                "@path": "$.properties.products"
              },
              "then": {
                "@path": "$.properties.products"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.product_id"
                  },
                  "then": {
                    "@path": "$.properties.product_id"
                  },
                  "else": {
                    "@path": "$.properties.sku"
                  }
                }
              }
            }
          },
          "then": {
            "@literal": "product"
          }
        }
      },
      "currency": {
        "@path": "$.properties.currency"
      },
      "value": {
        "@if": {
          "exists": {
            "@path": "$.properties.revenue"
          },
          "then": {
            "@path": "$.properties.revenue"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.total"
              },
              "then": {
                "@path": "$.properties.total"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.value"
                  },
                  "then": {
                    "@path": "$.properties.value"
                  },
                  "else": {
                    "@path": "$.properties.price"
                  }
                }
              }
            }
          }
        }
      },
      "num_items": {
        "@if": {
          "exists": {
            "@path": "$.properties.num_items"
          },
          "then": {
            "@path": "$.properties.num_items"
          },
          "else": {
            "@path": "$.properties.quantity"
          }
        }
      },
      "order_id": {
        "@path": "$.properties.order_id"
      },
      "shop_id": {
        "@path": "$.properties.shop_id"
      },
      "description": {
        "@path": "$.properties.description"
      },
      "lead_id": {
        "@path": "$.properties.lead_id"
      },
      "consent_preferences": {
        "@path": "$.context.consent.categoryPreferences"
      },
      "consent_management": {
        "@path": "$.context.consentManagement"
      },
      "gpc": {
        "@path": "$.context.gpc"
      },
      "custom_properties": {
        "payment_method": {
          "@path": "$.properties.payment_method"
        }
      }
    },
    "type": "automatic"
  },
  {
    "name": "Add To Cart",
    "subscribe": "type = \"track\" and event = \"Product Added\"",
    "partnerAction": "reportEvent",
    "mapping": {
      "event": "AddToCart",
      "event_id": {
        "@path": "$.messageId"
      },
      "timestamp": {
        "@path": "$.timestamp"
      },
      "email": {
        "@if": {
          "exists": {
            "@path": "$.properties.email"
          },
          "then": {
            "@path": "$.properties.email"
          },
          "else": {
            "@path": "$.context.traits.email"
          }
        }
      },
      "phone": {
        "@if": {
          "exists": {
            "@path": "$.properties.phone"
          },
          "then": {
            "@path": "$.properties.phone"
          },
          "else": {
            "@path": "$.context.traits.phone"
          }
        }
      },
      "user_id": {
        "@path": "$.userId"
      },
      "anonymous_id": {
        "@path": "$.anonymousId"
      },
      "first_name": {
        "@if": {
          "exists": {
            "@path": "$.context.traits.firstName"
          },
          "then": {
            "@path": "$.context.traits.firstName"
          },
          "else": {
            "@path": "$.properties.first_name"
          }
        }
      },
      "last_name": {
        "@if": {
          "exists": {
            "@path": "$.context.traits.lastName"
          },
          "then": {
            "@path": "$.context.traits.lastName"
          },
          "else": {
            "@path": "$.properties.last_name"
          }
        }
      },
      "zip_code": {
        "@path": "$.context.traits.address.postalCode"
      },
      "city": {
        "@path": "$.context.traits.address.city"
      },
      "state": {
        "@path": "$.context.traits.address.state"
      },
      "country": {
        "@path": "$.context.traits.address.country"
      },
      "ttp": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttp"
          },
          "then": {
            "@path": "$.properties.ttp"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttp"
              },
              "then": {
                "@path": "$.context.ttp"
              },
              "else": {
                "@path": "$.integrations.TikTok.ttp"
              }
            }
          }
        }
      },
      "ttclid": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttclid"
          },
          "then": {
            "@path": "$.properties.ttclid"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttclid"
              },
              "then": {
                "@path": "$.context.ttclid"
              },
              "else": {
                "@path": "$.integrations.TikTok.ttclid"
              }
            }
          }
        }
      },
      "ip": {
        "@path": "$.context.ip"
      },
      "user_agent": {
        "@path": "$.context.userAgent"
      },
      "locale": {
        "@path": "$.context.locale"
      },
      "url": {
        "@path": "$.context.page.url"
      },
      "referrer": {
        "@path": "$.context.page.referrer"
      },
      "device": {
        "@path": "$.context.device"
      },
      "app": {
        "@path": "$.context.app"
      },
      "contents": {
        "@if": {
          "exists": {
            "@path": "$.properties.products"
          },
          "then": {
            "@arrayPath": [
              "$.properties.products",
              {
                "content_id": {
                  "@if": {
                    "exists": {
                      "@path": "$.product_id"
                    },
                    "then": {
                      "@path": "$.product_id"
                    },
                    "else": {
                      "@if": {
                        "exists": {
                          "@path": "$.sku"
                        },
                        "then": {
                          "@path": "$.sku"
                        },
                        "else": {
                          "@path": "$.id"
                        }
                      }
                    }
                  }
                },
                "content_name": {
                  "@path": "$.name"
                },
                "content_category": {
                  "@path": "$.category"
                },
                "brand": {
                  "@path": "$.brand"
                },
                "price": {
                  "@path": "$.price"
                },
                "quantity": {
                  "@path": "$.quantity"
                }
              }
            ]
          },
          "else": {
            "@if": {
              "exists": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.product_id"
                  },
                  "then": {
                    "@path": "$.properties.product_id"
                  },
                  "else": {
                    "@path": "$.properties.sku"
                  }
                }
              },
              "then": [
                {
                  "content_id": {
                    "@if": {
                      "exists": {
                        "@path": "$.properties.product_id"
                      },
                      "then": {
                        "@path": "$.properties.product_id"
                      },
                      "else": {
                        "@path": "$.properties.sku"
                      }
                    }
                  },
                  "content_name": {
                    "@path": "$.properties.name"
                  },
                  "content_category": {
                    "@path": "$.properties.category"
                  },
                  "brand": {
                    "@path": "$.properties.brand"
                  },
                  "price": {
                    "@path": "$.properties.price"
                  },
                  "quantity": {
                    "@path": "$.properties.quantity"
                  }
                }
              ]
            }
          }
        }
      },
      "content_type": {
        "@if": {
          "exists": {
            "@if": {
              "exists": {
                "@path": "$.properties.products"
              },
              "then": {
                "@path": "$.properties.products"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.product_id"
                  },
                  "then": {
                    "@path": "$.properties.product_id"
                  },
                  "else": {
                    "@path": "$.properties.sku"
                  }
                }
              }
            }
          },
          "then": {
            "@literal": "product"
          }
        }
      },
      "currency": {
        "@if": {
          "exists": {
            "@path": "$.properties.currency"
          },
          "then": {
            "@path": "$.properties.currency"
          },
          "else": "USD"
        }
      },
      "value": {
        "@if": {
          "exists": {
            "@path": "$.properties.revenue"
          },
          "then": {
            "@path": "$.properties.revenue"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.total"
              },
              "then": {
                "@path": "$.properties.total"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.value"
                  },
                  "then": {
                    "@path": "$.properties.value"
                  },
                  "else": {
                    "@path": "$.properties.price"
                  }
                }
              }
            }
          }
        }
      },
      "num_items": {
        "@if": {
          "exists": {
            "@path": "$.properties.num_items"
          },
          "then": {
            "@path": "$.properties.num_items"
          },
          "else": {
            "@path": "$.properties.quantity"
          }
        }
      },
      "order_id": {
        "@path": "$.properties.order_id"
      },
      "shop_id": {
        "@path": "$.properties.shop_id"
      },
      "description": {
        "@path": "$.properties.description"
      },
      "lead_id": {
        "@path": "$.properties.lead_id"
      },
      "consent_preferences": {
        "@path": "$.context.consent.categoryPreferences"
      },
      "consent_management": {
        "@path": "$.context.consentManagement"
      },
      "gpc": {
        "@path": "$.context.gpc"
      }
    },
    "type": "automatic"
  },
  {
    "name": "Add To Wishlist",
    "subscribe": "type = \"track\" and event = \"Product Added to Wishlist\"",
    "partnerAction": "reportEvent",
    "mapping": {
      "event": "AddToWishlist",
      "event_id": {
        "@path": "$.messageId"
      },
      "timestamp": {
        "@path": "$.timestamp"
      },
      "email": {
        "@if": {
          "exists": {
            "@path": "$.properties.email"
          },
          "then": {
            "@path": "$.properties.email"
          },
          "else": {
            "@path": "$.context.traits.email"
          }
        }
      },
      "phone": {
        "@if": {
          "exists": {
            "@path": "$.properties.phone"
          },
          "then": {
            "@path": "$.properties.phone"
          },
          "else": {
            "@path": "$.context.traits.phone"
          }
        }
      },
      "user_id": {
        "@path": "$.userId"
      },
      "anonymous_id": {
        "@path": "$.anonymousId"
      },
      "first_name": {
        "@if": {
          "exists": {
            "@path": "$.context.traits.firstName"
          },
          "then": {
            "@path": "$.context.traits.firstName"
          },
          "else": {
            "@path": "$.properties.first_name"
          }
        }
      },
      "last_name": {
        "@if": {
          "exists": {
            "@path": "$.context.traits.lastName"
          },
          "then": {
            "@path": "$.context.traits.lastName"
          },
          "else": {
            "@path": "$.properties.last_name"
          }
        }
      },
      "zip_code": {
        "@path": "$.context.traits.address.postalCode"
      },
      "city": {
        "@path": "$.context.traits.address.city"
      },
      "state": {
        "@path": "$.context.traits.address.state"
      },
      "country": {
        "@path": "$.context.traits.address.country"
      },
      "ttp": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttp"
          },
          "then": {
            "@path": "$.properties.ttp"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttp"
              },
              "then": {
                "@path": "$.context.ttp"
              },
              "else": {
                "@path": "$.integrations.TikTok.ttp"
              }
            }
          }
        }
      },
      "ttclid": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttclid"
          },
          "then": {
            "@path": "$.properties.ttclid"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttclid"
              },
              "then": {
                "@path": "$.context.ttclid"
              },
              "else": {
                "@path": "$.integrations.TikTok.ttclid"
              }
            }
          }
        }
      },
      "ip": {
        "@path": "$.context.ip"
      },
      "user_agent": {
        "@path": "$.context.userAgent"
      },
      "locale": {
        "@path": "$.context.locale"
      },
      "url": {
        "@path": "$.context.page.url"
      },
      "referrer": {
        "@path": "$.context.page.referrer"
      },
      "device": {
        "@path": "$.context.device"
      },
      "app": {
        "@path": "$.context.app"
      },
      "contents": {
        "@if": {
          "exists": {
            "@path": "$.properties.products"
          },
          "then": {
            "@arrayPath": [
              "$.properties.products",
              {
                "content_id": {
                  "@if": {
                    "exists": {
                      "@path": "$.product_id"
                    },
                    "then": {
                      "@path": "$.product_id"
                    },
                    "else": {
                      "@if": {
                        "exists": {
                          "@path": "$.sku"
                        },
                        "then": {
                          "@path": "$.sku"
                        },
                        "else": {
                          "@path": "$.id"
                        }
                      }
                    }
                  }
                },
                "content_name": {
                  "@path": "$.name"
                },
                "content_category": {
                  "@path": "$.category"
                },
                "brand": {
                  "@path": "$.brand"
                },
                "price": {
                  "@path": "$.price"
                },
                "quantity": {
                  "@path": "$.quantity"
                }
              }
            ]
          },
          "else": {
            "@if": {
              "exists": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.product_id"
                  },
                  "then": {
                    "@path": "$.properties.product_id"
                  },
                  "else": {
                    "@path": "$.properties.sku"
                  }
                }
              },
              "then": [
                {
                  "content_id": {
                    "@if": {
                      "exists": {
                        "@path": "$.properties.product_id"
                      },
                      "then": {
                        "@path": "$.properties.product_id"
                      },
                      "else": {
                        "@path": "$.properties.sku"
                      }
                    }
                  },
                  "content_name": {
                    "@path": "$.properties.name"
                  },
                  "content_category": {
                    "@path": "$.properties.category"
                  },
                  "brand": {
                    "@path": "$.properties.brand"
                  },
                  "price": {
                    "@path": "$.properties.price"
                  },
                  "quantity": {
                    "@path": "$.properties.quantity"
                  }
                }
              ]
            }
          }
        }
      },
      "content_type": {
        "@if": {
          "exists": {
            "@if": {
              "exists": {
                "@path": "$.properties.products"
              },
              "then": {
                "@path": "$.properties.products"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.product_id"
                  },
                  "then": {
                    "@path": "$.properties.product_id"
                  },
                  "else": {
                    "@path": "$.properties.sku"
                  }
                }
              }
            }
          },
          "then": {
            "@literal": "product"
          }
        }
      },
      "currency": {
        "@if": {
          "exists": {
            "@path": "$.properties.currency"
          },
          "then": {
            "@path": "$.properties.currency"
          },
          "else": "USD"
        }
      },
      "value": {
        "@if": {
          "exists": {
            "@path": "$.properties.revenue"
          },
          "then": {
            "@path": "$.properties.revenue"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.total"
              },
              "then": {
                "@path": "$.properties.total"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.value"
                  },
                  "then": {
                    "@path": "$.properties.value"
                  },
                  "else": {
                    "@path": "$.properties.price"
                  }
                }
              }
            }
          }
        }
      },
      "num_items": {
        "@if": {
          "exists": {
            "@path": "$.properties.num_items"
          },
          "then": {
            "@path": "$.properties.num_items"
          },
          "else": {
            "@path": "$.properties.quantity"
          }
        }
      },
      "order_id": {
        "@path": "$.properties.order_id"
      },
      "shop_id": {
        "@path": "$.properties.shop_id"
      },
      "description": {
        "@path": "$.properties.description"
      },
      "lead_id": {
        "@path": "$.properties.lead_id"
      },
      "consent_preferences": {
        "@path": "$.context.consent.categoryPreferences"
      },
      "consent_management": {
        "@path": "$.context.consentManagement"
      },
      "gpc": {
        "@path": "$.context.gpc"
      }
    },
    "type": "automatic"
  },
  {
    "name": "Application Approval",
    "subscribe": "type = \"track\" and event = \"Application Approved\"",
    "partnerAction": "reportEvent",
    "mapping": {
      "event": "ApplicationApproval",
      "event_id": {
        "@path": "$.messageId"
      },
      "timestamp": {
        "@path": "$.timestamp"
      },
      "email": {
        "@if": {
          "exists": {
            "@path": "$.properties.email"
          },
          "then": {
            "@path": "$.properties.email"
          },
          "else": {
            "@path": "$.context.traits.email"
          }
        }
      },
      "phone": {
        "@if": {
          "exists": {
            "@path": "$.properties.phone"
          },
          "then": {
            "@path": "$.properties.phone"
          },
          "else": {
            "@path": "$.context.traits.phone"
          }
        }
      },
      "user_id": {
        "@path": "$.userId"
      },
      "anonymous_id": {
        "@path": "$.anonymousId"
      },
      "first_name": {
        "@if": {
          "exists": {
            "@path": "$.context.traits.firstName"
          },
          "then": {
            "@path": "$.context.traits.firstName"
          },
          "else": {
            "@path": "$.properties.first_name"
          }
        }
      },
      "last_name": {
        "@if": {
          "exists": {
            "@path": "$.context.traits.lastName"
          },
          "then": {
            "@path": "$.context.traits.lastName"
          },
          "else": {
            "@path": "$.properties.last_name"
          }
        }
      },
      "zip_code": {
        "@path": "$.context.traits.address.postalCode"
      },
      "city": {
        "@path": "$.context.traits.address.city"
      },
      "state": {
        "@path": "$.context.traits.address.state"
      },
      "country": {
        "@path": "$.context.traits.address.country"
      },
      "ttp": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttp"
          },
          "then": {
            "@path": "$.properties.ttp"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttp"
              },
              "then": {
                "@path": "$.context.ttp"
              },
              "else": {
                "@path": "$.integrations.TikTok.ttp"
              }
            }
          }
        }
      },
      "ttclid": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttclid"
          },
          "then": {
            "@path": "$.properties.ttclid"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttclid"
              },
              "then": {
                "@path": "$.context.ttclid"
              },
              "else": {
                "@path": "$.integrations.TikTok.ttclid"
              }
            }
          }
        }
      },
      "ip": {
        "@path": "$.context.ip"
      },
      "user_agent": {
        "@path": "$.context.userAgent"
      },
      "locale": {
        "@path": "$.context.locale"
      },
      "url": {
        "@path": "$.context.page.url"
      },
      "referrer": {
        "@path": "$.context.page.referrer"
      },
      "device": {
        "@path": "$.context.device"
      },
      "app": {
        "@path": "$.context.app"
      },
      "contents": {
        "@if": {
          "exists": {
            "@path": "$.properties.products"
          },
          "then": {
            "@arrayPath": [
              "$.properties.products",
              {
                "content_id": {
                  "@if": {
                    "exists": {
                      "@path": "$.product_id"
                    },
                    "then": {
                      "@path": "$.product_id"
                    },
                    "else": {
                      "@if": {
                        "exists": {
                          "@path": "$.sku"
                        },
                        "then": {
                          "@path": "$.sku"
                        },
                        "else": {
                          "@path": "$.id"
                        }
                      }
                    }
                  }
                },
                "content_name": {
                  "@path": "$.name"
                },
                "content_category": {
                  "@path": "$.category"
                },
                "brand": {
                  "@path": "$.brand"
                },
                "price": {
                  "@path": "$.price"
                },
                "quantity": {
                  "@path": "$.quantity"
                }
              }
            ]
          },
          "else": {
            "@if": {
              "exists": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.product_id"
                  },
                  "then": {
                    "@path": "$.properties.product_id"
                  },
                  "else": {
                    "@path": "$.properties.sku"
                  }
                }
              },
              "then": [
                {
                  "content_id": {
                    "@if": {
                      "exists": {
                        "@path": "$.properties.product_id"
                      },
                      "then": {
                        "@path": "$.properties.product_id"
                      },
                      "else": {
                        "@path": "$.properties.sku"
                      }
                    }
                  },
                  "content_name": {
                    "@path": "$.properties.name"
                  },
                  "content_category": {
                    "@path": "$.properties.category"
                  },
                  "brand": {
                    "@path": "$.properties.brand"
                  },
                  "price": {
                    "@path": "$.properties.price"
                  },
                  "quantity": {
                    "@path": "$.properties.quantity"
                  }
                }
              ]
            }
          }
        }
      },
      "content_type": {
        "@if": {
          "exists": {
            "@if": {
              "exists": {
                "@path": "$.properties.products"
              },
              "then": {
                "@path": "$.properties.products"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.product_id"
                  },
                  "then": {
                    "@path": "$.properties.product_id"
                  },
                  "else": {
                    "@path": "$.properties.sku"
                  }
                }
              }
            }
          },
          "then": {
            "@literal": "product"
          }
        }
      },
      "currency": {
        "@path": "$.properties.currency"
      },
      "value": {
        "@if": {
          "exists": {
            "@path": "$.properties.revenue"
          },
          "then": {
            "@path": "$.properties.revenue"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.total"
              },
              "then": {
                "@path": "$.properties.total"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.value"
                  },
                  "then": {
                    "@path": "$.properties.value"
                  },
                  "else": {
                    "@path": "$.properties.price"
                  }
                }
              }
            }
          }
        }
      },
      "num_items": {
        "@if": {
          "exists": {
            "@path": "$.properties.num_items"
          },
          "then": {
            "@path": "$.properties.num_items"
          },
          "else": {
            "@path": "$.properties.quantity"
          }
        }
      },
      "order_id": {
        "@path": "$.properties.order_id"
      },
      "shop_id": {
        "@path": "$.properties.shop_id"
      },
      "description": {
        "@path": "$.properties.description"
      },
      "lead_id": {
        "@path": "$.properties.lead_id"
      },
      "consent_preferences": {
        "@path": "$.context.consent.categoryPreferences"
      },
      "consent_management": {
        "@path": "$.context.consentManagement"
      },
      "gpc": {
        "@path": "$.context.gpc"
      }
    },
    "type": "automatic"
  },
  {
    "name": "Click Button",
    "subscribe": "type = \"track\" and (event = \"Button Clicked\" or event = \"CTA Clicked\")",
    "partnerAction": "reportEvent",
    "mapping": {
      "event": "ClickButton",
      "event_id": {
        "@path": "$.messageId"
      },
      "timestamp": {
        "@path": "$.timestamp"
      },
      "email": {
        "@if": {
          "exists": {
            "@path": "$.properties.email"
          },
          "then": {
            "@path": "$.properties.email"
          },
          "else": {
            "@path": "$.context.traits.email"
          }
        }
      },
      "phone": {
        "@if": {
          "exists": {
            "@path": "$.properties.phone"
          },
          "then": {
            "@path": "$.properties.phone"
          },
          "else": {
            "@path": "$.context.traits.phone"
          }
        }
      },
      "user_id": {
        "@path": "$.userId"
      },
      "anonymous_id": {
        "@path": "$.anonymousId"
      },
      "first_name": {
        "@if": {
          "exists": {
            "@path": "$.context.traits.firstName"
          },
          "then": {
            "@path": "$.context.traits.firstName"
          },
          "else": {
            "@path": "$.properties.first_name"
          }
        }
      },
      "last_name": {
        "@if": {
          "exists": {
            "@path": "$.context.traits.lastName"
          },
          "then": {
            "@path": "$.context.traits.lastName"
          },
          "else": {
            "@path": "$.properties.last_name"
          }
        }
      },
      "zip_code": {
        "@path": "$.context.traits.address.postalCode"
      },
      "city": {
        "@path": "$.context.traits.address.city"
      },
      "state": {
        "@path": "$.context.traits.address.state"
      },
      "country": {
        "@path": "$.context.traits.address.country"
      },
      "ttp": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttp"
          },
          "then": {
            "@path": "$.properties.ttp"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttp"
              },
              "then": {
                "@path": "$.context.ttp"
              },
              "else": {
                "@path": "$.integrations.TikTok.ttp"
              }
            }
          }
        }
      },
      "ttclid": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttclid"
          },
          "then": {
            "@path": "$.properties.ttclid"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttclid"
              },
              "then": {
                "@path": "$.context.ttclid"
              },
              "else": {
                "@path": "$.integrations.TikTok.ttclid"
              }
            }
          }
        }
      },
      "ip": {
        "@path": "$.context.ip"
      },
      "user_agent": {
        "@path": "$.context.userAgent"
      },
      "locale": {
        "@path": "$.context.locale"
      },
      "url": {
        "@path": "$.context.page.url"
      },
      "referrer": {
        "@path": "$.context.page.referrer"
      },
      "device": {
        "@path": "$.context.device"
      },
      "app": {
        "@path": "$.context.app"
      },
      "contents": {
        "@if": {
          "exists": {
            "@path": "$.properties.products"
          },
          "then": {
            "@arrayPath": [
              "$.properties.products",
              {
                "content_id": {
                  "@if": {
                    "exists": {
                      "@path": "$.product_id"
                    },
                    "then": {
                      "@path": "$.product_id"
                    },
                    "else": {
                      "@if": {
                        "exists": {
                          "@path": "$.sku"
                        },
                        "then": {
                          "@path": "$.sku"
                        },
                        "else": {
                          "@path": "$.id"
                        }
                      }
                    }
                  }
                },
                "content_name": {
                  "@path": "$.name"
                },
                "content_category": {
                  "@path": "$.category"
                },
                "brand": {
                  "@path": "$.brand"
                },
                "price": {
                  "@path": "$.price"
                },
                "quantity": {
                  "@path": "$.quantity"
                }
              }
            ]
          },
          "else": {
            "@if": {
              "exists": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.product_id"
                  },
                  "then": {
                    "@path": "$.properties.product_id"
                  },
                  "else": {
                    "@path": "$.properties.sku"
                  }
                }
              },
              "then": [
                {
                  "content_id": {
                    "@if": {
                      "exists": {
                        "@path": "$.properties.product_id"
                      },
                      "then": {
                        "@path": "$.properties.product_id"
                      },
                      "else": {
                        "@path": "$.properties.sku"
                      }
                    }
                  },
                  "content_name": {
                    "@path": "$.properties.name"
                  },
                  "content_category": {
                    "@path": "$.properties.category"
                  },
                  "brand": {
                    "@path": "$.properties.brand"
                  },
                  "price": {
                    "@path": "$.properties.price"
                  },
                  "quantity": {
                    "@path": "$.properties.quantity"
                  }
                }
              ]
            }
          }
        }
      },
      "content_type": {
        "@if": {
          "exists": {
            "@if": {
              "exists": {
                "@path": "$.properties.products"
              },
              "then": {
                "@path": "$.properties.products"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.product_id"
                  },
                  "then": {
                    "@path": "$.properties.product_id"
                  },
                  "else": {
                    "@path": "$.properties.sku"
                  }
                }
              }
            }
          },
          "then": {
            "@literal": "product"
          }
        }
      },
      "currency": {
        "@path": "$.properties.currency"
      },
      "value": {
        "@if": {
          "exists": {
            "@path": "$.properties.revenue"
          },
          "then": {
            "@path": "$.properties.revenue"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.total"
              },
              "then": {
                "@path": "$.properties.total"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.value"
                  },
                  "then": {
                    "@path": "$.properties.value"
                  },
                  "else": {
                    "@path": "$.properties.price"
                  }
                }
              }
            }
          }
        }
      },
      "num_items": {
        "@if": {
          "exists": {
            "@path": "$.properties.num_items"
          },
          "then": {
            "@path": "$.properties.num_items"
          },
          "else": {
            "@path": "$.properties.quantity"
          }
        }
      },
      "order_id": {
        "@path": "$.properties.order_id"
      },
      "shop_id": {
        "@path": "$.properties.shop_id"
      },
      "description": {
        "@if": {
          "exists": {
            "@path": "$.properties.button_text"
          },
          "then": {
            "@path": "$.properties.button_text"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.text"
              },
              "then": {
                "@path": "$.properties.text"
              },
              "else": {
                "@path": "$.properties.label"
              }
            }
          }
        }
      },
      "lead_id": {
        "@path": "$.properties.lead_id"
      },
      "consent_preferences": {
        "@path": "$.context.consent.categoryPreferences"
      },
      "consent_management": {
        "@path": "$.context.consentManagement"
      },
      "gpc": {
        "@path": "$.context.gpc"
      }
    },
    "type": "automatic"
  },
  {
    "name": "Complete Registration",
    "subscribe": "type = \"track\" and (event = \"Signed Up\" or event = \"Account Created\" or event = \"Registration Completed\")",
    "partnerAction": "reportEvent",
    "mapping": {
      "event": "CompleteRegistration",
      "event_id": {
        "@path": "$.messageId"
      },
      "timestamp": {
        "@path": "$.timestamp"
      },
      "email": {
        "@if": {
          "exists": {
            "@path": "$.properties.email"
          },
          "then": {
            "@path": "$.properties.email"
          },
          "else": {
            "@path": "$.context.traits.email"
          }
        }
      },
      "phone": {
        "@if": {
          "exists": {
            "@path": "$.properties.phone"
          },
          "then": {
            "@path": "$.properties.phone"
          },
          "else": {
            "@path": "$.context.traits.phone"
          }
        }
      },
      "user_id": {
        "@path": "$.userId"
      },
      "anonymous_id": {
        "@path": "$.anonymousId"
      },
      "first_name": {
        "@if": {
          "exists": {
            "@path": "$.context.traits.firstName"
          },
          "then": {
            "@path": "$.context.traits.firstName"
          },
          "else": {
            "@path": "$.properties.first_name"
          }
        }
      },
      "last_name": {
        "@if": {
          "exists": {
            "@path": "$.context.traits.lastName"
          },
          "then": {
            "@path": "$.context.traits.lastName"
          },
          "else": {
            "@path": "$.properties.last_name"
          }
        }
      },
      "zip_code": {
        "@path": "$.context.traits.address.postalCode"
      },
      "city": {
        "@path": "$.context.traits.address.city"
      },
      "state": {
        "@path": "$.context.traits.address.state"
      },
      "country": {
        "@path": "$.context.traits.address.country"
      },
      "ttp": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttp"
          },
          "then": {
            "@path": "$.properties.ttp"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttp"
              },
              "then": {
                "@path": "$.context.ttp"
              },
              "else": {
                "@path": "$.integrations.TikTok.ttp"
              }
            }
          }
        }
      },
      "ttclid": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttclid"
          },
          "then": {
            "@path": "$.properties.ttclid"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttclid"
              },
              "then": {
                "@path": "$.context.ttclid"
              },
              "else": {
                "@path": "$.integrations.TikTok.ttclid"
              }
            }
          }
        }
      },
      "ip": {
        "@path": "$.context.ip"
      },
      "user_agent": {
        "@path": "$.context.userAgent"
      },
      "locale": {
        "@path": "$.context.locale"
      },
      "url": {
        "@path": "$.context.page.url"
      },
      "referrer": {
        "@path": "$.context.page.referrer"
      },
      "device": {
        "@path": "$.context.device"
      },
      "app": {
        "@path": "$.context.app"
      },
      "contents": {
        "@if": {
          "exists": {
            "@path": "$.properties.products"
          },
          "then": {
            "@arrayPath": [
              "$.properties.products",
              {
                "content_id": {
                  "@if": {
                    "exists": {
                      "@path": "$.product_id"
                    },
                    "then": {
                      "@path": "$.product_id"
                    },
                    "else": {
                      "@if": {
                        "exists": {
                          "@path": "$.sku"
                        },
                        "then": {
                          "@path": "$.sku"
                        },
                        "else": {
                          "@path": "$.id"
                        }
                      }
                    }
                  }
                },
                "content_name": {
                  "@path": "$.name"
                },
                "content_category": {
                  "@path": "$.category"
                },
                "brand": {
                  "@path": "$.brand"
                },
                "price": {
                  "@path": "$.price"
                },
                "quantity": {
                  "@path": "$.quantity"
                }
              }
            ]
          },
          "else": {
            "@if": {
              "exists": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.product_id"
                  },
                  "then": {
                    "@path": "$.properties.product_id"
                  },
                  "else": {
                    "@path": "$.properties.sku"
                  }
                }
              },
              "then": [
                {
                  "content_id": {
                    "@if": {
                      "exists": {
                        "@path": "$.properties.product_id"
                      },
                      "then": {
                        "@path": "$.properties.product_id"
                      },
                      "else": {
                        "@path": "$.properties.sku"
                      }
                    }
                  },
                  "content_name": {
                    "@path": "$.properties.name"
                  },
                  "content_category": {
                    "@path": "$.properties.category"
                  },
                  "brand": {
                    "@path": "$.properties.brand"
                  },
                  "price": {
                    "@path": "$.properties.price"
                  },
                  "quantity": {
                    "@path": "$.properties.quantity"
                  }
                }
              ]
            }
          }
        }
      },
      "content_type": {
        "@if": {
          "exists": {
            "@if": {
              "exists": {
                "@path": "$.properties.products"
              },
              "then": {
                "@path": "$.properties.products"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.product_id"
                  },
                  "then": {
                    "@path": "$.properties.product_id"
                  },
                  "else": {
                    "@path": "$.properties.sku"
                  }
                }
              }
            }
          },
          "then": {
            "@literal": "product"
          }
        }
      },
      "currency": {
        "@path": "$.properties.currency"
      },
      "value": {
        "@if": {
          "exists": {
            "@path": "$.properties.revenue"
          },
          "then": {
            "@path": "$.properties.revenue"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.total"
              },
              "then": {
                "@path": "$.properties.total"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.value"
                  },
                  "then": {
                    "@path": "$.properties.value"
                  },
                  "else": {
                    "@path": "$.properties.price"
                  }
                }
              }
            }
          }
        }
      },
      "num_items": {
        "@if": {
          "exists": {
            "@path": "$.properties.num_items"
          },
          "then": {
            "@path": "$.properties.num_items"
          },
          "else": {
            "@path": "$.properties.quantity"
          }
        }
      },
      "order_id": {
        "@path": "$.properties.order_id"
      },
      "shop_id": {
        "@path": "$.properties.shop_id"
      },
      "description": {
        "@path": "$.properties.description"
      },
      "lead_id": {
        "@path": "$.properties.lead_id"
      },
      "consent_preferences": {
        "@path": "$.context.consent.categoryPreferences"
      },
      "consent_management": {
        "@path": "$.context.consentManagement"
      },
      "gpc": {
        "@path": "$.context.gpc"
      },
      "custom_properties": {
        "method": {
          "@if": {
            "exists": {
              "@path": "$.properties.method"
            },
            "then": {
              "@path": "$.properties.method"
            },
            "else": {
              "@path": "$.properties.type"
            }
          }
        }
      }
    },
    "type": "automatic"
  },
  {
    "name": "Contact",
    "subscribe": "type = \"track\" and (event = \"Contact Requested\" or event = \"Contact Form Submitted\")",
    "partnerAction": "reportEvent",
    "mapping": {
      "event": "Contact",
      "event_id": {
        "@path": "$.messageId"
      },
      "timestamp": {
        "@path": "$.timestamp"
      },
      "email": {
        "@if": {
          "exists": {
            "@path": "$.properties.email"
          },
          "then": {
            "@path": "$.properties.email"
          },
          "else": {
            "@path": "$.context.traits.email"
          }
        }
      },
      "phone": {
        "@if": {
          "exists": {
            "@path": "$.properties.phone"
          },
          "then": {
            "@path": "$.properties.phone"
          },
          "else": {
            "@path": "$.context.traits.phone"
          }
        }
      },
      "user_id": {
        "@path": "$.userId"
      },
      "anonymous_id": {
        "@path": "$.anonymousId"
      },
      "first_name": {
        "@if": {
          "exists": {
            "@path": "$.context.traits.firstName"
          },
          "then": {
            "@path": "$.context.traits.firstName"
          },
          "else": {
            "@path": "$.properties.first_name"
          }
        }
      },
      "last_name": {
        "@if": {
          "exists": {
            "@path": "$.context.traits.lastName"
          },
          "then": {
            "@path": "$.context.traits.lastName"
          },
          "else": {
            "@path": "$.properties.last_name"
          }
        }
      },
      "zip_code": {
        "@path": "$.context.traits.address.postalCode"
      },
      "city": {
        "@path": "$.context.traits.address.city"
      },
      "state": {
        "@path": "$.context.traits.address.state"
      },
      "country": {
        "@path": "$.context.traits.address.country"
      },
      "ttp": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttp"
          },
          "then": {
            "@path": "$.properties.ttp"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttp"
              },
              "then": {
                "@path": "$.context.ttp"
              },
              "else": {
                "@path": "$.integrations.TikTok.ttp"
              }
            }
          }
        }
      },
      "ttclid": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttclid"
          },
          "then": {
            "@path": "$.properties.ttclid"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttclid"
              },
              "then": {
                "@path": "$.context.ttclid"
              },
              "else": {
                "@path": "$.integrations.TikTok.ttclid"
              }
            }
          }
        }
      },
      "ip": {
        "@path": "$.context.ip"
      },
      "user_agent": {
        "@path": "$.context.userAgent"
      },
      "locale": {
        "@path": "$.context.locale"
      },
      "url": {
        "@path": "$.context.page.url"
      },
      "referrer": {
        "@path": "$.context.page.referrer"
      },
      "device": {
        "@path": "$.context.device"
      },
      "app": {
        "@path": "$.context.app"
      },
      "contents": {
        "@if": {
          "exists": {
            "@path": "$.properties.products"
          },
          "then": {
            "@arrayPath": [
              "$.properties.products",
              {
                "content_id": {
                  "@if": {
                    "exists": {
                      "@path": "$.product_id"
                    },
                    "then": {
                      "@path": "$.product_id"
                    },
                    "else": {
                      "@if": {
                        "exists": {
                          "@path": "$.sku"
                        },
                        "then": {
                          "@path": "$.sku"
                        },
                        "else": {
                          "@path": "$.id"
                        }
                      }
                    }
                  }
                },
                "content_name": {
                  "@path": "$.name"
                },
                "content_category": {
                  "@path": "$.category"
                },
                "brand": {
                  "@path": "$.brand"
                },
                "price": {
                  "@path": "$.price"
                },
                "quantity": {
                  "@path": "$.quantity"
                }
              }
            ]
          },
          "else": {
            "@if": {
              "exists": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.product_id"
                  },
                  "then": {
                    "@path": "$.properties.product_id"
                  },
                  "else": {
                    "@path": "$.properties.sku"
                  }
                }
              },
              "then": [
                {
                  "content_id": {
                    "@if": {
                      "exists": {
                        "@path": "$.properties.product_id"
                      },
                      "then": {
                        "@path": "$.properties.product_id"
                      },
                      "else": {
                        "@path": "$.properties.sku"
                      }
                    }
                  },
                  "content_name": {
                    "@path": "$.properties.name"
                  },
                  "content_category": {
                    "@path": "$.properties.category"
                  },
                  "brand": {
                    "@path": "$.properties.brand"
                  },
                  "price": {
                    "@path": "$.properties.price"
                  },
                  "quantity": {
                    "@path": "$.properties.quantity"
                  }
                }
              ]
            }
          }
        }
      },
      "content_type": {
        "@if": {
          "exists": {
            "@if": {
              "exists": {
                "@path": "$.properties.products"
              },
              "then": {
                "@path": "$.properties.products"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.product_id"
                  },
                  "then": {
                    "@path": "$.properties.product_id"
                  },
                  "else": {
                    "@path": "$.properties.sku"
                  }
                }
              }
            }
          },
          "then": {
            "@literal": "product"
          }
        }
      },
      "currency": {
        "@path": "$.properties.currency"
      },
      "value": {
        "@if": {
          "exists": {
            "@path": "$.properties.revenue"
          },
          "then": {
            "@path": "$.properties.revenue"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.total"
              },
              "then": {
                "@path": "$.properties.total"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.value"
                  },
                  "then": {
                    "@path": "$.properties.value"
                  },
                  "else": {
                    "@path": "$.properties.price"
                  }
                }
              }
            }
          }
        }
      },
      "num_items": {
        "@if": {
          "exists": {
            "@path": "$.properties.num_items"
          },
          "then": {
            "@path": "$.properties.num_items"
          },
          "else": {
            "@path": "$.properties.quantity"
          }
        }
      },
      "order_id": {
        "@path": "$.properties.order_id"
      },
      "shop_id": {
        "@path": "$.properties.shop_id"
      },
      "description": {
        "@path": "$.properties.description"
      },
      "lead_id": {
        "@path": "$.properties.lead_id"
      },
      "consent_preferences": {
        "@path": "$.context.consent.categoryPreferences"
      },
      "consent_management": {
        "@path": "$.context.consentManagement"
      },
      "gpc": {
        "@path": "$.context.gpc"
      }
    },
    "type": "automatic"
  },
  {
    "name": "Customize Product",
    "subscribe": "type = \"track\" and event = \"Product Customized\"",
    "partnerAction": "reportEvent",
    "mapping": {
      "event": "CustomizeProduct",
      "event_id": {
        "@path": "$.messageId"
      },
      "timestamp": {
        "@path": "$.timestamp"
      },
      "email": {
        "@if": {
          "exists": {
            "@path": "$.properties.email"
          },
          "then": {
            "@path": "$.properties.email"
          },
          "else": {
            "@path": "$.context.traits.email"
          }
        }
      },
      "phone": {
        "@if": {
          "exists": {
            "@path": "$.properties.phone"
          },
          "then": {
            "@path": "$.properties.phone"
          },
          "else": {
            "@path": "$.context.traits.phone"
          }
        }
      },
      "user_id": {
        "@path": "$.userId"
      },
      "anonymous_id": {
        "@path": "$.anonymousId"
      },
      "first_name": {
        "@if": {
          "exists": {
            "@path": "$.context.traits.firstName"
          },
          "then": {
            "@path": "$.context.traits.firstName"
          },
          "else": {
            "@path": "$.properties.first_name"
          }
        }
      },
      "last_name": {
        "@if": {
          "exists": {
            "@path": "$.context.traits.lastName"
          },
          "then": {
            "@path": "$.context.traits.lastName"
          },
          "else": {
            "@path": "$.properties.last_name"
          }
        }
      },
      "zip_code": {
        "@path": "$.context.traits.address.postalCode"
      },
      "city": {
        "@path": "$.context.traits.address.city"
      },
      "state": {
        "@path": "$.context.traits.address.state"
      },
      "country": {
        "@path": "$.context.traits.address.country"
      },
      "ttp": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttp"
          },
          "then": {
            "@path": "$.properties.ttp"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttp"
              },
              "then": {
                "@path": "$.context.ttp"
              },
              "else": {
                "@path": "$.integrations.TikTok.ttp"
              }
            }
          }
        }
      },
      "ttclid": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttclid"
          },
          "then": {
            "@path": "$.properties.ttclid"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttclid"
              },
              "then": {
                "@path": "$.context.ttclid"
              },
              "else": {
                "@path": "$.integrations.TikTok.ttclid"
              }
            }
          }
        }
      },
      "ip": {
        "@path": "$.context.ip"
      },
      "user_agent": {
        "@path": "$.context.userAgent"
      },
      "locale": {
        "@path": "$.context.locale"
      },
      "url": {
        "@path": "$.context.page.url"
      },
      "referrer": {
        "@path": "$.context.page.referrer"
      },
      "device": {
        "@path": "$.context.device"
      },
      "app": {
        "@path": "$.context.app"
      },
      "contents": {
        "@if": {
          "exists": {
            "@path": "$.properties.products"
          },
          "then": {
            "@arrayPath": [
              "$.properties.products",
              {
                "content_id": {
                  "@if": {
                    "exists": {
                      "@path": "$.product_id"
                    },
                    "then": {
                      "@path": "$.product_id"
                    },
                    "else": {
                      "@if": {
                        "exists": {
                          "@path": "$.sku"
                        },
                        "then": {
                          "@path": "$.sku"
                        },
                        "else": {
                          "@path": "$.id"
                        }
                      }
                    }
                  }
                },
                "content_name": {
                  "@path": "$.name"
                },
                "content_category": {
                  "@path": "$.category"
                },
                "brand": {
                  "@path": "$.brand"
                },
                "price": {
                  "@path": "$.price"
                },
                "quantity": {
                  "@path": "$.quantity"
                }
              }
            ]
          },
          "else": {
            "@if": {
              "exists": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.product_id"
                  },
                  "then": {
                    "@path": "$.properties.product_id"
                  },
                  "else": {
                    "@path": "$.properties.sku"
                  }
                }
              },
              "then": [
                {
                  "content_id": {
                    "@if": {
                      "exists": {
                        "@path": "$.properties.product_id"
                      },
                      "then": {
                        "@path": "$.properties.product_id"
                      },
                      "else": {
                        "@path": "$.properties.sku"
                      }
                    }
                  },
                  "content_name": {
                    "@path": "$.properties.name"
                  },
                  "content_category": {
                    "@path": "$.properties.category"
                  },
                  "brand": {
                    "@path": "$.properties.brand"
                  },
                  "price": {
                    "@path": "$.properties.price"
                  },
                  "quantity": {
                    "@path": "$.properties.quantity"
                  }
                }
              ]
            }
          }
        }
      },
      "content_type": {
        "@if": {
          "exists": {
            "@if": {
              "exists": {
                "@path": "$.properties.products"
              },
              "then": {
                "@path": "$.properties.products"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.product_id"
                  },
                  "then": {
                    "@path": "$.properties.product_id"
                  },
                  "else": {
                    "@path": "$.properties.sku"
                  }
                }
              }
            }
          },
          "then": {
            "@literal": "product"
          }
        }
      },
      "currency": {
        "@if": {
          "exists": {
            "@path": "$.properties.currency"
          },
          "then": {
            "@path": "$.properties.currency"
          },
          "else": "USD"
        }
      },
      "value": {
        "@if": {
          "exists": {
            "@path": "$.properties.revenue"
          },
          "then": {
            "@path": "$.properties.revenue"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.total"
              },
              "then": {
                "@path": "$.properties.total"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.value"
                  },
                  "then": {
                    "@path": "$.properties.value"
                  },
                  "else": {
                    "@path": "$.properties.price"
                  }
                }
              }
            }
          }
        }
      },
      "num_items": {
        "@if": {
          "exists": {
            "@path": "$.properties.num_items"
          },
          "then": {
            "@path": "$.properties.num_items"
          },
          "else": {
            "@path": "$.properties.quantity"
          }
        }
      },
      "order_id": {
        "@path": "$.properties.order_id"
      },
      "shop_id": {
        "@path": "$.properties.shop_id"
      },
      "description": {
        "@path": "$.properties.description"
      },
      "lead_id": {
        "@path": "$.properties.lead_id"
      },
      "consent_preferences": {
        "@path": "$.context.consent.categoryPreferences"
      },
      "consent_management": {
        "@path": "$.context.consentManagement"
      },
      "gpc": {
        "@path": "$.context.gpc"
      }
    },
    "type": "automatic"
  },
  {
    "name": "Download",
    "subscribe": "type = \"track\" and (event = \"Download Completed\" or event = \"File Downloaded\" or event = \"App Downloaded\")",
    "partnerAction": "reportEvent",
    "mapping": {
      "event": "Download",
      "event_id": {
        "@path": "$.messageId"
      },
      "timestamp": {
        "@path": "$.timestamp"
      },
      "email": {
        "@if": {
          "exists": {
            "@path": "$.properties.email"
          },
          "then": {
            "@path": "$.properties.email"
          },
          "else": {
            "@path": "$.context.traits.email"
          }
        }
      },
      "phone": {
        "@if": {
          "exists": {
            "@path": "$.properties.phone"
          },
          "then": {
            "@path": "$.properties.phone"
          },
          "else": {
            "@path": "$.context.traits.phone"
          }
        }
      },
      "user_id": {
        "@path": "$.userId"
      },
      "anonymous_id": {
        "@path": "$.anonymousId"
      },
      "first_name": {
        "@if": {
          "exists": {
            "@path": "$.context.traits.firstName"
          },
          "then": {
            "@path": "$.context.traits.firstName"
          },
          "else": {
            "@path": "$.properties.first_name"
          }
        }
      },
      "last_name": {
        "@if": {
          "exists": {
            "@path": "$.context.traits.lastName"
          },
          "then": {
            "@path": "$.context.traits.lastName"
          },
          "else": {
            "@path": "$.properties.last_name"
          }
        }
      },
      "zip_code": {
        "@path": "$.context.traits.address.postalCode"
      },
      "city": {
        "@path": "$.context.traits.address.city"
      },
      "state": {
        "@path": "$.context.traits.address.state"
      },
      "country": {
        "@path": "$.context.traits.address.country"
      },
      "ttp": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttp"
          },
          "then": {
            "@path": "$.properties.ttp"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttp"
              },
              "then": {
                "@path": "$.context.ttp"
              },
              "else": {
                "@path": "$.integrations.TikTok.ttp"
              }
            }
          }
        }
      },
      "ttclid": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttclid"
          },
          "then": {
            "@path": "$.properties.ttclid"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttclid"
              },
              "then": {
                "@path": "$.context.ttclid"
              },
              "else": {
                "@path": "$.integrations.TikTok.ttclid"
              }
            }
          }
        }
      },
      "ip": {
        "@path": "$.context.ip"
      },
      "user_agent": {
        "@path": "$.context.userAgent"
      },
      "locale": {
        "@path": "$.context.locale"
      },
      "url": {
        "@path": "$.context.page.url"
      },
      "referrer": {
        "@path": "$.context.page.referrer"
      },
      "device": {
        "@path": "$.context.device"
      },
      "app": {
        "@path": "$.context.app"
      },
      "contents": {
        "@if": {
          "exists": {
            "@path": "$.properties.products"
          },
          "then": {
            "@arrayPath": [
              "$.properties.products",
              {
                "content_id": {
                  "@if": {
                    "exists": {
                      "@path": "$.product_id"
                    },
                    "then": {
                      "@path": "$.product_id"
                    },
                    "else": {
                      "@if": {
                        "exists": {
                          "@path": "$.sku"
                        },
                        "then": {
                          "@path": "$.sku"
                        },
                        "else": {
                          "@path": "$.id"
                        }
                      }
                    }
                  }
                },
                "content_name": {
                  "@path": "$.name"
                },
                "content_category": {
                  "@path": "$.category"
                },
                "brand": {
                  "@path": "$.brand"
                },
                "price": {
                  "@path": "$.price"
                },
                "quantity": {
                  "@path": "$.quantity"
                }
              }
            ]
          },
          "else": {
            "@if": {
              "exists": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.product_id"
                  },
                  "then": {
                    "@path": "$.properties.product_id"
                  },
                  "else": {
                    "@path": "$.properties.sku"
                  }
                }
              },
              "then": [
                {
                  "content_id": {
                    "@if": {
                      "exists": {
                        "@path": "$.properties.product_id"
                      },
                      "then": {
                        "@path": "$.properties.product_id"
                      },
                      "else": {
                        "@path": "$.properties.sku"
                      }
                    }
                  },
                  "content_name": {
                    "@path": "$.properties.name"
                  },
                  "content_category": {
                    "@path": "$.properties.category"
                  },
                  "brand": {
                    "@path": "$.properties.brand"
                  },
                  "price": {
                    "@path": "$.properties.price"
                  },
                  "quantity": {
                    "@path": "$.properties.quantity"
                  }
                }
              ]
            }
          }
        }
      },
      "content_type": {
        "@if": {
          "exists": {
            "@if": {
              "exists": {
                "@path": "$.properties.products"
              },
              "then": {
                "@path": "$.properties.products"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.product_id"
                  },
                  "then": {
                    "@path": "$.properties.product_id"
                  },
                  "else": {
                    "@path": "$.properties.sku"
                  }
                }
              }
            }
          },
          "then": {
            "@literal": "product"
          }
        }
      },
      "currency": {
        "@path": "$.properties.currency"
      },
      "value": {
        "@if": {
          "exists": {
            "@path": "$.properties.revenue"
          },
          "then": {
            "@path": "$.properties.revenue"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.total"
              },
              "then": {
                "@path": "$.properties.total"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.value"
                  },
                  "then": {
                    "@path": "$.properties.value"
                  },
                  "else": {
                    "@path": "$.properties.price"
                  }
                }
              }
            }
          }
        }
      },
      "num_items": {
        "@if": {
          "exists": {
            "@path": "$.properties.num_items"
          },
          "then": {
            "@path": "$.properties.num_items"
          },
          "else": {
            "@path": "$.properties.quantity"
          }
        }
      },
      "order_id": {
        "@path": "$.properties.order_id"
      },
      "shop_id": {
        "@path": "$.properties.shop_id"
      },
      "description": {
        "@if": {
          "exists": {
            "@path": "$.properties.file_name"
          },
          "then": {
            "@path": "$.properties.file_name"
          },
          "else": {
            "@path": "$.properties.name"
          }
        }
      },
      "lead_id": {
        "@path": "$.properties.lead_id"
      },
      "consent_preferences": {
        "@path": "$.context.consent.categoryPreferences"
      },
      "consent_management": {
        "@path": "$.context.consentManagement"
      },
      "gpc": {
        "@path": "$.context.gpc"
      }
    },
    "type": "automatic"
  },
  {
    "name": "Find Location",
    "subscribe": "type = \"track\" and (event = \"Store Located\" or event = \"Location Found\" or event = \"Location Searched\")",
    "partnerAction": "reportEvent",
    "mapping": {
      "event": "FindLocation",
      "event_id": {
        "@path": "$.messageId"
      },
      "timestamp": {
        "@path": "$.timestamp"
      },
      "email": {
        "@if": {
          "exists": {
            "@path": "$.properties.email"
          },
          "then": {
            "@path": "$.properties.email"
          },
          "else": {
            "@path": "$.context.traits.email"
          }
        }
      },
      "phone": {
        "@if": {
          "exists": {
            "@path": "$.properties.phone"
          },
          "then": {
            "@path": "$.properties.phone"
          },
          "else": {
            "@path": "$.context.traits.phone"
          }
        }
      },
      "user_id": {
        "@path": "$.userId"
      },
      "anonymous_id": {
        "@path": "$.anonymousId"
      },
      "first_name": {
        "@if": {
          "exists": {
            "@path": "$.context.traits.firstName"
          },
          "then": {
            "@path": "$.context.traits.firstName"
          },
          "else": {
            "@path": "$.properties.first_name"
          }
        }
      },
      "last_name": {
        "@if": {
          "exists": {
            "@path": "$.context.traits.lastName"
          },
          "then": {
            "@path": "$.context.traits.lastName"
          },
          "else": {
            "@path": "$.properties.last_name"
          }
        }
      },
      "zip_code": {
        "@path": "$.context.traits.address.postalCode"
      },
      "city": {
        "@path": "$.context.traits.address.city"
      },
      "state": {
        "@path": "$.context.traits.address.state"
      },
      "country": {
        "@path": "$.context.traits.address.country"
      },
      "ttp": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttp"
          },
          "then": {
            "@path": "$.properties.ttp"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttp"
              },
              "then": {
                "@path": "$.context.ttp"
              },
              "else": {
                "@path": "$.integrations.TikTok.ttp"
              }
            }
          }
        }
      },
      "ttclid": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttclid"
          },
          "then": {
            "@path": "$.properties.ttclid"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttclid"
              },
              "then": {
                "@path": "$.context.ttclid"
              },
              "else": {
                "@path": "$.integrations.TikTok.ttclid"
              }
            }
          }
        }
      },
      "ip": {
        "@path": "$.context.ip"
      },
      "user_agent": {
        "@path": "$.context.userAgent"
      },
      "locale": {
        "@path": "$.context.locale"
      },
      "url": {
        "@path": "$.context.page.url"
      },
      "referrer": {
        "@path": "$.context.page.referrer"
      },
      "device": {
        "@path": "$.context.device"
      },
      "app": {
        "@path": "$.context.app"
      },
      "contents": {
        "@if": {
          "exists": {
            "@path": "$.properties.products"
          },
          "then": {
            "@arrayPath": [
              "$.properties.products",
              {
                "content_id": {
                  "@if": {
                    "exists": {
                      "@path": "$.product_id"
                    },
                    "then": {
                      "@path": "$.product_id"
                    },
                    "else": {
                      "@if": {
                        "exists": {
                          "@path": "$.sku"
                        },
                        "then": {
                          "@path": "$.sku"
                        },
                        "else": {
                          "@path": "$.id"
                        }
                      }
                    }
                  }
                },
                "content_name": {
                  "@path": "$.name"
                },
                "content_category": {
                  "@path": "$.category"
                },
                "brand": {
                  "@path": "$.brand"
                },
                "price": {
                  "@path": "$.price"
                },
                "quantity": {
                  "@path": "$.quantity"
                }
              }
            ]
          },
          "else": {
            "@if": {
              "exists": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.product_id"
                  },
                  "then": {
                    "@path": "$.properties.product_id"
                  },
                  "else": {
                    "@path": "$.properties.sku"
                  }
                }
              },
              "then": [
                {
                  "content_id": {
                    "@if": {
                      "exists": {
                        "@path": "$.properties.product_id"
                      },
                      "then": {
                        "@path": "$.properties.product_id"
                      },
                      "else": {
                        "@path": "$.properties.sku"
                      }
                    }
                  },
                  "content_name": {
                    "@path": "$.properties.name"
                  },
                  "content_category": {
                    "@path": "$.properties.category"
                  },
                  "brand": {
                    "@path": "$.properties.brand"
                  },
                  "price": {
                    "@path": "$.properties.price"
                  },
                  "quantity": {
                    "@path": "$.properties.quantity"
                  }
                }
              ]
            }
          }
        }
      },
      "content_type": {
        "@if": {
          "exists": {
            "@if": {
              "exists": {
                "@path": "$.properties.products"
              },
              "then": {
                "@path": "$.properties.products"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.product_id"
                  },
                  "then": {
                    "@path": "$.properties.product_id"
                  },
                  "else": {
                    "@path": "$.properties.sku"
                  }
                }
              }
            }
          },
          "then": {
            "@literal": "product"
          }
        }
      },
      "currency": {
        "@path": "$.properties.currency"
      },
      "value": {
        "@if": {
          "exists": {
            "@path": "$.properties.revenue"
          },
          "then": {
            "@path": "$.properties.revenue"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.total"
              },
              "then": {
                "@path": "$.properties.total"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.value"
                  },
                  "then": {
                    "@path": "$.properties.value"
                  },
                  "else": {
                    "@path": "$.properties.price"
                  }
                }
              }
            }
          }
        }
      },
      "num_items": {
        "@if": {
          "exists": {
            "@path": "$.properties.num_items"
          },
          "then": {
            "@path": "$.properties.num_items"
          },
          "else": {
            "@path": "$.properties.quantity"
          }
        }
      },
      "order_id": {
        "@path": "$.properties.order_id"
      },
      "shop_id": {
        "@path": "$.properties.shop_id"
      },
      "description": {
        "@path": "$.properties.description"
      },
      "lead_id": {
        "@path": "$.properties.lead_id"
      },
      "consent_preferences": {
        "@path": "$.context.consent.categoryPreferences"
      },
      "consent_management": {
        "@path": "$.context.consentManagement"
      },
      "gpc": {
        "@path": "$.context.gpc"
      },
      "search_string": {
        "@if": {
          "exists": {
            "@path": "$.properties.query"
          },
          "then": {
            "@path": "$.properties.query"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.location"
              },
              "then": {
                "@path": "$.properties.location"
              },
              "else": {
                "@path": "$.properties.address"
              }
            }
          }
        }
      }
    },
    "type": "automatic"
  },
  {
    "name": "Initiate Checkout",
    "subscribe": "type = \"track\" and event = \"Checkout Started\"",
    "partnerAction": "reportEvent",
    "mapping": {
      "event": "InitiateCheckout",
      "event_id": {
        "@path": "$.messageId"
      },
      "timestamp": {
        "@path": "$.timestamp"
      },
      "email": {
        "@if": {
          "exists": {
            "@path": "$.properties.email"
          },
          "then": {
            "@path": "$.properties.email"
          },
          "else": {
            "@path": "$.context.traits.email"
          }
        }
      },
      "phone": {
        "@if": {
          "exists": {
            "@path": "$.properties.phone"
          },
          "then": {
            "@path": "$.properties.phone"
          },
          "else": {
            "@path": "$.context.traits.phone"
          }
        }
      },
      "user_id": {
        "@path": "$.userId"
      },
      "anonymous_id": {
        "@path": "$.anonymousId"
      },
      "first_name": {
        "@if": {
          "exists": {
            "@path": "$.context.traits.firstName"
          },
          "then": {
            "@path": "$.context.traits.firstName"
          },
          "else": {
            "@path": "$.properties.first_name"
          }
        }
      },
      "last_name": {
        "@if": {
          "exists": {
            "@path": "$.context.traits.lastName"
          },
          "then": {
            "@path": "$.context.traits.lastName"
          },
          "else": {
            "@path": "$.properties.last_name"
          }
        }
      },
      "zip_code": {
        "@path": "$.context.traits.address.postalCode"
      },
      "city": {
        "@path": "$.context.traits.address.city"
      },
      "state": {
        "@path": "$.context.traits.address.state"
      },
      "country": {
        "@path": "$.context.traits.address.country"
      },
      "ttp": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttp"
          },
          "then": {
            "@path": "$.properties.ttp"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttp"
              },
              "then": {
                "@path": "$.context.ttp"
              },
              "else": {
                "@path": "$.integrations.TikTok.ttp"
              }
            }
          }
        }
      },
      "ttclid": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttclid"
          },
          "then": {
            "@path": "$.properties.ttclid"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttclid"
              },
              "then": {
                "@path": "$.context.ttclid"
              },
              "else": {
                "@path": "$.integrations.TikTok.ttclid"
              }
            }
          }
        }
      },
      "ip": {
        "@path": "$.context.ip"
      },
      "user_agent": {
        "@path": "$.context.userAgent"
      },
      "locale": {
        "@path": "$.context.locale"
      },
      "url": {
        "@path": "$.context.page.url"
      },
      "referrer": {
        "@path": "$.context.page.referrer"
      },
      "device": {
        "@path": "$.context.device"
      },
      "app": {
        "@path": "$.context.app"
      },
      "contents": {
        "@if": {
          "exists": {
            "@path": "$.properties.products"
          },
          "then": {
            "@arrayPath": [
              "$.properties.products",
              {
                "content_id": {
                  "@if": {
                    "exists": {
                      "@path": "$.product_id"
                    },
                    "then": {
                      "@path": "$.product_id"
                    },
                    "else": {
                      "@if": {
                        "exists": {
                          "@path": "$.sku"
                        },
                        "then": {
                          "@path": "$.sku"
                        },
                        "else": {
                          "@path": "$.id"
                        }
                      }
                    }
                  }
                },
                "content_name": {
                  "@path": "$.name"
                },
                "content_category": {
                  "@path": "$.category"
                },
                "brand": {
                  "@path": "$.brand"
                },
                "price": {
                  "@path": "$.price"
                },
                "quantity": {
                  "@path": "$.quantity"
                }
              }
            ]
          },
          "else": {
            "@if": {
              "exists": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.product_id"
                  },
                  "then": {
                    "@path": "$.properties.product_id"
                  },
                  "else": {
                    "@path": "$.properties.sku"
                  }
                }
              },
              "then": [
                {
                  "content_id": {
                    "@if": {
                      "exists": {
                        "@path": "$.properties.product_id"
                      },
                      "then": {
                        "@path": "$.properties.product_id"
                      },
                      "else": {
                        "@path": "$.properties.sku"
                      }
                    }
                  },
                  "content_name": {
                    "@path": "$.properties.name"
                  },
                  "content_category": {
                    "@path": "$.properties.category"
                  },
                  "brand": {
                    "@path": "$.properties.brand"
                  },
                  "price": {
                    "@path": "$.properties.price"
                  },
                  "quantity": {
                    "@path": "$.properties.quantity"
                  }
                }
              ]
            }
          }
        }
      },
      "content_type": {
        "@if": {
          "exists": {
            "@if": {
              "exists": {
                "@path": "$.properties.products"
              },
              "then": {
                "@path": "$.properties.products"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.product_id"
                  },
                  "then": {
                    "@path": "$.properties.product_id"
                  },
                  "else": {
                    "@path": "$.properties.sku"
                  }
                }
              }
            }
          },
          "then": {
            "@literal": "product"
          }
        }
      },
      "currency": {
        "@if": {
          "exists": {
            "@path": "$.properties.currency"
          },
          "then": {
            "@path": "$.properties.currency"
          },
          "else": "USD"
        }
      },
      "value": {
        "@if": {
          "exists": {
            "@path": "$.properties.revenue"
          },
          "then": {
            "@path": "$.properties.revenue"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.total"
              },
              "then": {
                "@path": "$.properties.total"
              },
              "else": {
                "@path": "$.properties.value"
              }
            }
          }
        }
      },
      "num_items": {
        "@if": {
          "exists": {
            "@path": "$.properties.num_items"
          },
          "then": {
            "@path": "$.properties.num_items"
          },
          "else": {
            "@path": "$.properties.quantity"
          }
        }
      },
      "order_id": {
        "@path": "$.properties.order_id"
      },
      "shop_id": {
        "@path": "$.properties.shop_id"
      },
      "description": {
        "@path": "$.properties.description"
      },
      "lead_id": {
        "@path": "$.properties.lead_id"
      },
      "consent_preferences": {
        "@path": "$.context.consent.categoryPreferences"
      },
      "consent_management": {
        "@path": "$.context.consentManagement"
      },
      "gpc": {
        "@path": "$.context.gpc"
      }
    },
    "type": "automatic"
  },
  {
    "name": "Lead",
    "subscribe": "type = \"track\" and (event = \"Lead Generated\" or event = \"Lead Created\" or event = \"Form Submitted\")",
    "partnerAction": "reportEvent",
    "mapping": {
      "event": "Lead",
      "event_id": {
        "@path": "$.messageId"
      },
      "timestamp": {
        "@path": "$.timestamp"
      },
      "email": {
        "@if": {
          "exists": {
            "@path": "$.properties.email"
          },
          "then": {
            "@path": "$.properties.email"
          },
          "else": {
            "@path": "$.context.traits.email"
          }
        }
      },
      "phone": {
        "@if": {
          "exists": {
            "@path": "$.properties.phone"
          },
          "then": {
            "@path": "$.properties.phone"
          },
          "else": {
            "@path": "$.context.traits.phone"
          }
        }
      },
      "user_id": {
        "@path": "$.userId"
      },
      "anonymous_id": {
        "@path": "$.anonymousId"
      },
      "first_name": {
        "@if": {
          "exists": {
            "@path": "$.context.traits.firstName"
          },
          "then": {
            "@path": "$.context.traits.firstName"
          },
          "else": {
            "@path": "$.properties.first_name"
          }
        }
      },
      "last_name": {
        "@if": {
          "exists": {
            "@path": "$.context.traits.lastName"
          },
          "then": {
            "@path": "$.context.traits.lastName"
          },
          "else": {
            "@path": "$.properties.last_name"
          }
        }
      },
      "zip_code": {
        "@path": "$.context.traits.address.postalCode"
      },
      "city": {
        "@path": "$.context.traits.address.city"
      },
      "state": {
        "@path": "$.context.traits.address.state"
      },
      "country": {
        "@path": "$.context.traits.address.country"
      },
      "ttp": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttp"
          },
          "then": {
            "@path": "$.properties.ttp"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttp"
              },
              "then": {
                "@path": "$.context.ttp"
              },
              "else": {
                "@path": "$.integrations.TikTok.ttp"
              }
            }
          }
        }
      },
      "ttclid": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttclid"
          },
          "then": {
            "@path": "$.properties.ttclid"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttclid"
              },
              "then": {
                "@path": "$.context.ttclid"
              },
              "else": {
                "@path": "$.integrations.TikTok.ttclid"
              }
            }
          }
        }
      },
      "ip": {
        "@path": "$.context.ip"
      },
      "user_agent": {
        "@path": "$.context.userAgent"
      },
      "locale": {
        "@path": "$.context.locale"
      },
      "url": {
        "@path": "$.context.page.url"
      },
      "referrer": {
        "@path": "$.context.page.referrer"
      },
      "device": {
        "@path": "$.context.device"
      },
      "app": {
        "@path": "$.context.app"
      },
      "contents": {
        "@if": {
          "exists": {
            "@path": "$.properties.products"
          },
          "then": {
            "@arrayPath": [
              "$.properties.products",
              {
                "content_id": {
                  "@if": {
                    "exists": {
                      "@path": "$.product_id"
                    },
                    "then": {
                      "@path": "$.product_id"
                    },
                    "else": {
                      "@if": {
                        "exists": {
                          "@path": "$.sku"
                        },
                        "then": {
                          "@path": "$.sku"
                        },
                        "else": {
                          "@path": "$.id"
                        }
                      }
                    }
                  }
                },
                "content_name": {
                  "@path": "$.name"
                },
                "content_category": {
                  "@path": "$.category"
                },
                "brand": {
                  "@path": "$.brand"
                },
                "price": {
                  "@path": "$.price"
                },
                "quantity": {
                  "@path": "$.quantity"
                }
              }
            ]
          },
          "else": {
            "@if": {
              "exists": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.product_id"
                  },
                  "then": {
                    "@path": "$.properties.product_id"
                  },
                  "else": {
                    "@path": "$.properties.sku"
                  }
                }
              },
              "then": [
                {
                  "content_id": {
                    "@if": {
                      "exists": {
                        "@path": "$.properties.product_id"
                      },
                      "then": {
                        "@path": "$.properties.product_id"
                      },
                      "else": {
                        "@path": "$.properties.sku"
                      }
                    }
                  },
                  "content_name": {
                    "@path": "$.properties.name"
                  },
                  "content_category": {
                    "@path": "$.properties.category"
                  },
                  "brand": {
                    "@path": "$.properties.brand"
                  },
                  "price": {
                    "@path": "$.properties.price"
                  },
                  "quantity": {
                    "@path": "$.properties.quantity"
                  }
                }
              ]
            }
          }
        }
      },
      "content_type": {
        "@if": {
          "exists": {
            "@if": {
              "exists": {
                "@path": "$.properties.products"
              },
              "then": {
                "@path": "$.properties.products"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.product_id"
                  },
                  "then": {
                    "@path": "$.properties.product_id"
                  },
                  "else": {
                    "@path": "$.properties.sku"
                  }
                }
              }
            }
          },
          "then": {
            "@literal": "product"
          }
        }
      },
      "currency": {
        "@path": "$.properties.currency"
      },
      "value": {
        "@if": {
          "exists": {
            "@path": "$.properties.revenue"
          },
          "then": {
            "@path": "$.properties.revenue"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.total"
              },
              "then": {
                "@path": "$.properties.total"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.value"
                  },
                  "then": {
                    "@path": "$.properties.value"
                  },
                  "else": {
                    "@path": "$.properties.price"
                  }
                }
              }
            }
          }
        }
      },
      "num_items": {
        "@if": {
          "exists": {
            "@path": "$.properties.num_items"
          },
          "then": {
            "@path": "$.properties.num_items"
          },
          "else": {
            "@path": "$.properties.quantity"
          }
        }
      },
      "order_id": {
        "@path": "$.properties.order_id"
      },
      "shop_id": {
        "@path": "$.properties.shop_id"
      },
      "description": {
        "@if": {
          "exists": {
            "@path": "$.properties.form_name"
          },
          "then": {
            "@path": "$.properties.form_name"
          },
          "else": {
            "@path": "$.properties.form_id"
          }
        }
      },
      "lead_id": {
        "@path": "$.properties.lead_id"
      },
      "consent_preferences": {
        "@path": "$.context.consent.categoryPreferences"
      },
      "consent_management": {
        "@path": "$.context.consentManagement"
      },
      "gpc": {
        "@path": "$.context.gpc"
      }
    },
    "type": "automatic"
  },
  {
    "name": "Page View",
    "subscribe": "type = \"page\"",
    "partnerAction": "reportEvent",
    "mapping": {
      "event": "PageView",
      "event_id": {
        "@path": "$.messageId"
      },
      "timestamp": {
        "@path": "$.timestamp"
      },
      "email": {
        "@if": {
          "exists": {
            "@path": "$.properties.email"
          },
          "then": {
            "@path": "$.properties.email"
          },
          "else": {
            "@path": "$.context.traits.email"
          }
        }
      },
      "phone": {
        "@if": {
          "exists": {
            "@path": "$.properties.phone"
          },
          "then": {
            "@path": "$.properties.phone"
          },
          "else": {
            "@path": "$.context.traits.phone"
          }
        }
      },
      "user_id": {
        "@path": "$.userId"
      },
      "anonymous_id": {
        "@path": "$.anonymousId"
      },
      "first_name": {
        "@if": {
          "exists": {
            "@path": "$.context.traits.firstName"
          },
          "then": {
            "@path": "$.context.traits.firstName"
          },
          "else": {
            "@path": "$.properties.first_name"
          }
        }
      },
      "last_name": {
        "@if": {
          "exists": {
            "@path": "$.context.traits.lastName"
          },
          "then": {
            "@path": "$.context.traits.lastName"
          },
          "else": {
            "@path": "$.properties.last_name"
          }
        }
      },
      "zip_code": {
        "@path": "$.context.traits.address.postalCode"
      },
      "city": {
        "@path": "$.context.traits.address.city"
      },
      "state": {
        "@path": "$.context.traits.address.state"
      },
      "country": {
        "@path": "$.context.traits.address.country"
      },
      "ttp": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttp"
          },
          "then": {
            "@path": "$.properties.ttp"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttp"
              },
              "then": {
                "@path": "$.context.ttp"
              },
              "else": {
                "@path": "$.integrations.TikTok.ttp"
              }
            }
          }
        }
      },
      "ttclid": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttclid"
          },
          "then": {
            "@path": "$.properties.ttclid"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttclid"
              },
              "then": {
                "@path": "$.context.ttclid"
              },
              "else": {
                "@path": "$.integrations.TikTok.ttclid"
              }
            }
          }
        }
      },
      "ip": {
        "@path": "$.context.ip"
      },
      "user_agent": {
        "@path": "$.context.userAgent"
      },
      "locale": {
        "@path": "$.context.locale"
      },
      "url": {
        "@path": "$.context.page.url"
      },
      "referrer": {
        "@path": "$.context.page.referrer"
      },
      "contents": {
        "@if": {
          "exists": {
            "@path": "$.properties.products"
          },
          "then": {
            "@arrayPath": [
              "$.properties.products",
              {
                "content_id": {
                  "@if": {
                    "exists": {
                      "@path": "$.product_id"
                    },
                    "then": {
                      "@path": "$.product_id"
                    },
                    "else": {
                      "@if": {
                        "exists": {
                          "@path": "$.sku"
                        },
                        "then": {
                          "@path": "$.sku"
                        },
                        "else": {
                          "@path": "$.id"
                        }
                      }
                    }
                  }
                },
                "content_name": {
                  "@path": "$.name"
                },
                "content_category": {
                  "@path": "$.category"
                },
                "brand": {
                  "@path": "$.brand"
                },
                "price": {
                  "@path": "$.price"
                },
                "quantity": {
                  "@path": "$.quantity"
                }
              }
            ]
          },
          "else": {
            "@if": {
              "exists": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.product_id"
                  },
                  "then": {
                    "@path": "$.properties.product_id"
                  },
                  "else": {
                    "@path": "$.properties.sku"
                  }
                }
              },
              "then": [
                {
                  "content_id": {
                    "@if": {
                      "exists": {
                        "@path": "$.properties.product_id"
                      },
                      "then": {
                        "@path": "$.properties.product_id"
                      },
                      "else": {
                        "@path": "$.properties.sku"
                      }
                    }
                  },
                  "content_name": {
                    "@path": "$.properties.name"
                  },
                  "content_category": {
                    "@path": "$.properties.category"
                  },
                  "brand": {
                    "@path": "$.properties.brand"
                  },
                  "price": {
                    "@path": "$.properties.price"
                  },
                  "quantity": {
                    "@path": "$.properties.quantity"
                  }
                }
              ]
            }
          }
        }
      },
      "content_type": {
        "@if": {
          "exists": {
            "@if": {
              "exists": {
                "@path": "$.properties.products"
              },
              "then": {
                "@path": "$.properties.products"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.product_id"
                  },
                  "then": {
                    "@path": "$.properties.product_id"
                  },
                  "else": {
                    "@path": "$.properties.sku"
                  }
                }
              }
            }
          },
          "then": {
            "@literal": "product"
          }
        }
      },
      "currency": {
        "@path": "$.properties.currency"
      },
      "value": {
        "@if": {
          "exists": {
            "@path": "$.properties.revenue"
          },
          "then": {
            "@path": "$.properties.revenue"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.total"
              },
              "then": {
                "@path": "$.properties.total"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.value"
                  },
                  "then": {
                    "@path": "$.properties.value"
                  },
                  "else": {
                    "@path": "$.properties.price"
                  }
                }
              }
            }
          }
        }
      },
      "num_items": {
        "@if": {
          "exists": {
            "@path": "$.properties.num_items"
          },
          "then": {
            "@path": "$.properties.num_items"
          },
          "else": {
            "@path": "$.properties.quantity"
          }
        }
      },
      "order_id": {
        "@path": "$.properties.order_id"
      },
      "shop_id": {
        "@path": "$.properties.shop_id"
      },
      "description": {
        "@path": "$.properties.description"
      },
      "lead_id": {
        "@path": "$.properties.lead_id"
      },
      "consent_preferences": {
        "@path": "$.context.consent.categoryPreferences"
      },
      "consent_management": {
        "@path": "$.context.consentManagement"
      },
      "gpc": {
        "@path": "$.context.gpc"
      }
    },
    "type": "automatic"
  },
  {
    "name": "Place An Order",
    "subscribe": "type = \"track\" and (event = \"Order Placed\" or event = \"Order Submitted\")",
    "partnerAction": "reportEvent",
    "mapping": {
      "event": "PlaceAnOrder",
      "event_id": {
        "@path": "$.messageId"
      },
      "timestamp": {
        "@path": "$.timestamp"
      },
      "email": {
        "@if": {
          "exists": {
            "@path": "$.properties.email"
          },
          "then": {
            "@path": "$.properties.email"
          },
          "else": {
            "@path": "$.context.traits.email"
          }
        }
      },
      "phone": {
        "@if": {
          "exists": {
            "@path": "$.properties.phone"
          },
          "then": {
            "@path": "$.properties.phone"
          },
          "else": {
            "@path": "$.context.traits.phone"
          }
        }
      },
      "user_id": {
        "@path": "$.userId"
      },
      "anonymous_id": {
        "@path": "$.anonymousId"
      },
      "first_name": {
        "@if": {
          "exists": {
            "@path": "$.context.traits.firstName"
          },
          "then": {
            "@path": "$.context.traits.firstName"
          },
          "else": {
            "@path": "$.properties.first_name"
          }
        }
      },
      "last_name": {
        "@if": {
          "exists": {
            "@path": "$.context.traits.lastName"
          },
          "then": {
            "@path": "$.context.traits.lastName"
          },
          "else": {
            "@path": "$.properties.last_name"
          }
        }
      },
      "zip_code": {
        "@path": "$.context.traits.address.postalCode"
      },
      "city": {
        "@path": "$.context.traits.address.city"
      },
      "state": {
        "@path": "$.context.traits.address.state"
      },
      "country": {
        "@path": "$.context.traits.address.country"
      },
      "ttp": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttp"
          },
          "then": {
            "@path": "$.properties.ttp"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttp"
              },
              "then": {
                "@path": "$.context.ttp"
              },
              "else": {
                "@path": "$.integrations.TikTok.ttp"
              }
            }
          }
        }
      },
      "ttclid": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttclid"
          },
          "then": {
            "@path": "$.properties.ttclid"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttclid"
              },
              "then": {
                "@path": "$.context.ttclid"
              },
              "else": {
                "@path": "$.integrations.TikTok.ttclid"
              }
            }
          }
        }
      },
      "ip": {
        "@path": "$.context.ip"
      },
      "user_agent": {
        "@path": "$.context.userAgent"
      },
      "locale": {
        "@path": "$.context.locale"
      },
      "url": {
        "@path": "$.context.page.url"
      },
      "referrer": {
        "@path": "$.context.page.referrer"
      },
      "device": {
        "@path": "$.context.device"
      },
      "app": {
        "@path": "$.context.app"
      },
      "contents": {
        "@if": {
          "exists": {
            "@path": "$.properties.products"
          },
          "then": {
            "@arrayPath": [
              "$.properties.products",
              {
                "content_id": {
                  "@if": {
                    "exists": {
                      "@path": "$.product_id"
                    },
                    "then": {
                      "@path": "$.product_id"
                    },
                    "else": {
                      "@if": {
                        "exists": {
                          "@path": "$.sku"
                        },
                        "then": {
                          "@path": "$.sku"
                        },
                        "else": {
                          "@path": "$.id"
                        }
                      }
                    }
                  }
                },
                "content_name": {
                  "@path": "$.name"
                },
                "content_category": {
                  "@path": "$.category"
                },
                "brand": {
                  "@path": "$.brand"
                },
                "price": {
                  "@path": "$.price"
                },
                "quantity": {
                  "@path": "$.quantity"
                }
              }
            ]
          },
          "else": {
            "@if": {
              "exists": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.product_id"
                  },
                  "then": {
                    "@path": "$.properties.product_id"
                  },
                  "else": {
                    "@path": "$.properties.sku"
                  }
                }
              },
              "then": [
                {
                  "content_id": {
                    "@if": {
                      "exists": {
                        "@path": "$.properties.product_id"
                      },
                      "then": {
                        "@path": "$.properties.product_id"
                      },
                      "else": {
                        "@path": "$.properties.sku"
                      }
                    }
                  },
                  "content_name": {
                    "@path": "$.properties.name"
                  },
                  "content_category": {
                    "@path": "$.properties.category"
                  },
                  "brand": {
                    "@path": "$.properties.brand"
                  },
                  "price": {
                    "@path": "$.properties.price"
                  },
                  "quantity": {
                    "@path": "$.properties.quantity"
                  }
                }
              ]
            }
          }
        }
      },
      "content_type": {
        "@if": {
          "exists": {
            "@if": {
              "exists": {
                "@path": "$.properties.products"
              },
              "then": {
                "@path": "$.properties.products"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.product_id"
                  },
                  "then": {
                    "@path": "$.properties.product_id"
                  },
                  "else": {
                    "@path": "$.properties.sku"
                  }
                }
              }
            }
          },
          "then": {
            "@literal": "product"
          }
        }
      },
      "currency": {
        "@if": {
          "exists": {
            "@path": "$.properties.currency"
          },
          "then": {
            "@path": "$.properties.currency"
          },
          "else": "USD"
        }
      },
      "value": {
        "@if": {
          "exists": {
            "@path": "$.properties.revenue"
          },
          "then": {
            "@path": "$.properties.revenue"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.total"
              },
              "then": {
                "@path": "$.properties.total"
              },
              "else": {
                "@path": "$.properties.value"
              }
            }
          }
        }
      },
      "num_items": {
        "@if": {
          "exists": {
            "@path": "$.properties.num_items"
          },
          "then": {
            "@path": "$.properties.num_items"
          },
          "else": {
            "@path": "$.properties.quantity"
          }
        }
      },
      "order_id": {
        "@path": "$.properties.order_id"
      },
      "shop_id": {
        "@path": "$.properties.shop_id"
      },
      "description": {
        "@path": "$.properties.description"
      },
      "lead_id": {
        "@path": "$.properties.lead_id"
      },
      "consent_preferences": {
        "@path": "$.context.consent.categoryPreferences"
      },
      "consent_management": {
        "@path": "$.context.consentManagement"
      },
      "gpc": {
        "@path": "$.context.gpc"
      }
    },
    "type": "automatic"
  },
  {
    "name": "Schedule",
    "subscribe": "type = \"track\" and (event = \"Appointment Scheduled\" or event = \"Appointment Booked\" or event = \"Demo Scheduled\")",
    "partnerAction": "reportEvent",
    "mapping": {
      "event": "Schedule",
      "event_id": {
        "@path": "$.messageId"
      },
      "timestamp": {
        "@path": "$.timestamp"
      },
      "email": {
        "@if": {
          "exists": {
            "@path": "$.properties.email"
          },
          "then": {
            "@path": "$.properties.email"
          },
          "else": {
            "@path": "$.context.traits.email"
          }
        }
      },
      "phone": {
        "@if": {
          "exists": {
            "@path": "$.properties.phone"
          },
          "then": {
            "@path": "$.properties.phone"
          },
          "else": {
            "@path": "$.context.traits.phone"
          }
        }
      },
      "user_id": {
        "@path": "$.userId"
      },
      "anonymous_id": {
        "@path": "$.anonymousId"
      },
      "first_name": {
        "@if": {
          "exists": {
            "@path": "$.context.traits.firstName"
          },
          "then": {
            "@path": "$.context.traits.firstName"
          },
          "else": {
            "@path": "$.properties.first_name"
          }
        }
      },
      "last_name": {
        "@if": {
          "exists": {
            "@path": "$.context.traits.lastName"
          },
          "then": {
            "@path": "$.context.traits.lastName"
          },
          "else": {
            "@path": "$.properties.last_name"
          }
        }
      },
      "zip_code": {
        "@path": "$.context.traits.address.postalCode"
      },
      "city": {
        "@path": "$.context.traits.address.city"
      },
      "state": {
        "@path": "$.context.traits.address.state"
      },
      "country": {
        "@path": "$.context.traits.address.country"
      },
      "ttp": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttp"
          },
          "then": {
            "@path": "$.properties.ttp"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttp"
              },
              "then": {
                "@path": "$.context.ttp"
              },
              "else": {
                "@path": "$.integrations.TikTok.ttp"
              }
            }
          }
        }
      },
      "ttclid": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttclid"
          },
          "then": {
            "@path": "$.properties.ttclid"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttclid"
              },
              "then": {
                "@path": "$.context.ttclid"
              },
              "else": {
                "@path": "$.integrations.TikTok.ttclid"
              }
            }
          }
        }
      },
      "ip": {
        "@path": "$.context.ip"
      },
      "user_agent": {
        "@path": "$.context.userAgent"
      },
      "locale": {
        "@path": "$.context.locale"
      },
      "url": {
        "@path": "$.context.page.url"
      },
      "referrer": {
        "@path": "$.context.page.referrer"
      },
      "device": {
        "@path": "$.context.device"
      },
      "app": {
        "@path": "$.context.app"
      },
      "contents": {
        "@if": {
          "exists": {
            "@path": "$.properties.products"
          },
          "then": {
            "@arrayPath": [
              "$.properties.products",
              {
                "content_id": {
                  "@if": {
                    "exists": {
                      "@path": "$.product_id"
                    },
                    "then": {
                      "@path": "$.product_id"
                    },
                    "else": {
                      "@if": {
                        "exists": {
                          "@path": "$.sku"
                        },
                        "then": {
                          "@path": "$.sku"
                        },
                        "else": {
                          "@path": "$.id"
                        }
                      }
                    }
                  }
                },
                "content_name": {
                  "@path": "$.name"
                },
                "content_category": {
                  "@path": "$.category"
                },
                "brand": {
                  "@path": "$.brand"
                },
                "price": {
                  "@path": "$.price"
                },
                "quantity": {
                  "@path": "$.quantity"
                }
              }
            ]
          },
          "else": {
            "@if": {
              "exists": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.product_id"
                  },
                  "then": {
                    "@path": "$.properties.product_id"
                  },
                  "else": {
                    "@path": "$.properties.sku"
                  }
                }
              },
              "then": [
                {
                  "content_id": {
                    "@if": {
                      "exists": {
                        "@path": "$.properties.product_id"
                      },
                      "then": {
                        "@path": "$.properties.product_id"
                      },
                      "else": {
                        "@path": "$.properties.sku"
                      }
                    }
                  },
                  "content_name": {
                    "@path": "$.properties.name"
                  },
                  "content_category": {
                    "@path": "$.properties.category"
                  },
                  "brand": {
                    "@path": "$.properties.brand"
                  },
                  "price": {
                    "@path": "$.properties.price"
                  },
                  "quantity": {
                    "@path": "$.properties.quantity"
                  }
                }
              ]
            }
          }
        }
      },
      "content_type": {
        "@if": {
          "exists": {
            "@if": {
              "exists": {
                "@path": "$.properties.products"
              },
              "then": {
                "@path": "$.properties.products"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.product_id"
                  },
                  "then": {
                    "@path": "$.properties.product_id"
                  },
                  "else": {
                    "@path": "$.properties.sku"
                  }
                }
              }
            }
          },
          "then": {
            "@literal": "product"
          }
        }
      },
      "currency": {
        "@path": "$.properties.currency"
      },
      "value": {
        "@if": {
          "exists": {
            "@path": "$.properties.revenue"
          },
          "then": {
            "@path": "$.properties.revenue"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.total"
              },
              "then": {
                "@path": "$.properties.total"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.value"
                  },
                  "then": {
                    "@path": "$.properties.value"
                  },
                  "else": {
                    "@path": "$.properties.price"
                  }
                }
              }
            }
          }
        }
      },
      "num_items": {
        "@if": {
          "exists": {
            "@path": "$.properties.num_items"
          },
          "then": {
            "@path": "$.properties.num_items"
          },
          "else": {
            "@path": "$.properties.quantity"
          }
        }
      },
      "order_id": {
        "@path": "$.properties.order_id"
      },
      "shop_id": {
        "@path": "$.properties.shop_id"
      },
      "description": {
        "@path": "$.properties.description"
      },
      "lead_id": {
        "@path": "$.properties.lead_id"
      },
      "consent_preferences": {
        "@path": "$.context.consent.categoryPreferences"
      },
      "consent_management": {
        "@path": "$.context.consentManagement"
      },
      "gpc": {
        "@path": "$.context.gpc"
      }
    },
    "type": "automatic"
  },
  {
    "name": "Search",
    "subscribe": "type = \"track\" and event = \"Products Searched\"",
    "partnerAction": "reportEvent",
    "mapping": {
      "event": "Search",
      "event_id": {
        "@path": "$.messageId"
      },
      "timestamp": {
        "@path": "$.timestamp"
      },
      "email": {
        "@if": {
          "exists": {
            "@path": "$.properties.email"
          },
          "then": {
            "@path": "$.properties.email"
          },
          "else": {
            "@path": "$.context.traits.email"
          }
        }
      },
      "phone": {
        "@if": {
          "exists": {
            "@path": "$.properties.phone"
          },
          "then": {
            "@path": "$.properties.phone"
          },
          "else": {
            "@path": "$.context.traits.phone"
          }
        }
      },
      "user_id": {
        "@path": "$.userId"
      },
      "anonymous_id": {
        "@path": "$.anonymousId"
      },
      "first_name": {
        "@if": {
          "exists": {
            "@path": "$.context.traits.firstName"
          },
          "then": {
            "@path": "$.context.traits.firstName"
          },
          "else": {
            "@path": "$.properties.first_name"
          }
        }
      },
      "last_name": {
        "@if": {
          "exists": {
            "@path": "$.context.traits.lastName"
          },
          "then": {
            "@path": "$.context.traits.lastName"
          },
          "else": {
            "@path": "$.properties.last_name"
          }
        }
      },
      "zip_code": {
        "@path": "$.context.traits.address.postalCode"
      },
      "city": {
        "@path": "$.context.traits.address.city"
      },
      "state": {
        "@path": "$.context.traits.address.state"
      },
      "country": {
        "@path": "$.context.traits.address.country"
      },
      "ttp": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttp"
          },
          "then": {
            "@path": "$.properties.ttp"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttp"
              },
              "then": {
                "@path": "$.context.ttp"
              },
              "else": {
                "@path": "$.integrations.TikTok.ttp"
              }
            }
          }
        }
      },
      "ttclid": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttclid"
          },
          "then": {
            "@path": "$.properties.ttclid"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttclid"
              },
              "then": {
                "@path": "$.context.ttclid"
              },
              "else": {
                "@path": "$.integrations.TikTok.ttclid"
              }
            }
          }
        }
      },
      "ip": {
        "@path": "$.context.ip"
      },
      "user_agent": {
        "@path": "$.context.userAgent"
      },
      "locale": {
        "@path": "$.context.locale"
      },
      "url": {
        "@path": "$.context.page.url"
      },
      "referrer": {
        "@path": "$.context.page.referrer"
      },
      "device": {
        "@path": "$.context.device"
      },
      "app": {
        "@path": "$.context.app"
      },
      "contents": {
        "@if": {
          "exists": {
            "@path": "$.properties.products"
          },
          "then": {
            "@arrayPath": [
              "$.properties.products",
              {
                "content_id": {
                  "@if": {
                    "exists": {
                      "@path": "$.product_id"
                    },
                    "then": {
                      "@path": "$.product_id"
                    },
                    "else": {
                      "@if": {
                        "exists": {
                          "@path": "$.sku"
                        },
                        "then": {
                          "@path": "$.sku"
                        },
                        "else": {
                          "@path": "$.id"
                        }
                      }
                    }
                  }
                },
                "content_name": {
                  "@path": "$.name"
                },
                "content_category": {
                  "@path": "$.category"
                },
                "brand": {
                  "@path": "$.brand"
                },
                "price": {
                  "@path": "$.price"
                },
                "quantity": {
                  "@path": "$.quantity"
                }
              }
            ]
          },
          "else": {
            "@if": {
              "exists": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.product_id"
                  },
                  "then": {
                    "@path": "$.properties.product_id"
                  },
                  "else": {
                    "@path": "$.properties.sku"
                  }
                }
              },
              "then": [
                {
                  "content_id": {
                    "@if": {
                      "exists": {
                        "@path": "$.properties.product_id"
                      },
                      "then": {
                        "@path": "$.properties.product_id"
                      },
                      "else": {
                        "@path": "$.properties.sku"
                      }
                    }
                  },
                  "content_name": {
                    "@path": "$.properties.name"
                  },
                  "content_category": {
                    "@path": "$.properties.category"
                  },
                  "brand": {
                    "@path": "$.properties.brand"
                  },
                  "price": {
                    "@path": "$.properties.price"
                  },
                  "quantity": {
                    "@path": "$.properties.quantity"
                  }
                }
              ]
            }
          }
        }
      },
      "content_type": {
        "@if": {
          "exists": {
            "@if": {
              "exists": {
                "@path": "$.properties.products"
              },
              "then": {
                "@path": "$.properties.products"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.product_id"
                  },
                  "then": {
                    "@path": "$.properties.product_id"
                  },
                  "else": {
                    "@path": "$.properties.sku"
                  }
                }
              }
            }
          },
          "then": {
            "@literal": "product"
          }
        }
      },
      "currency": {
        "@path": "$.properties.currency"
      },
      "value": {
        "@if": {
          "exists": {
            "@path": "$.properties.revenue"
          },
          "then": {
            "@path": "$.properties.revenue"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.total"
              },
              "then": {
                "@path": "$.properties.total"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.value"
                  },
                  "then": {
                    "@path": "$.properties.value"
                  },
                  "else": {
                    "@path": "$.properties.price"
                  }
                }
              }
            }
          }
        }
      },
      "num_items": {
        "@if": {
          "exists": {
            "@path": "$.properties.num_items"
          },
          "then": {
            "@path": "$.properties.num_items"
          },
          "else": {
            "@path": "$.properties.quantity"
          }
        }
      },
      "order_id": {
        "@path": "$.properties.order_id"
      },
      "shop_id": {
        "@path": "$.properties.shop_id"
      },
      "search_string": {
        "@if": {
          "exists": {
            "@path": "$.properties.query"
          },
          "then": {
            "@path": "$.properties.query"
          },
          "else": {
            "@path": "$.properties.search_string"
          }
        }
      },
      "description": {
        "@path": "$.properties.description"
      },
      "lead_id": {
        "@path": "$.properties.lead_id"
      },
      "consent_preferences": {
        "@path": "$.context.consent.categoryPreferences"
      },
      "consent_management": {
        "@path": "$.context.consentManagement"
      },
      "gpc": {
        "@path": "$.context.gpc"
      }
    },
    "type": "automatic"
  },
  {
    "name": "Start Trial",
    "subscribe": "type = \"track\" and event = \"Trial Started\"",
    "partnerAction": "reportEvent",
    "mapping": {
      "event": "StartTrial",
      "event_id": {
        "@path": "$.messageId"
      },
      "timestamp": {
        "@path": "$.timestamp"
      },
      "email": {
        "@if": {
          "exists": {
            "@path": "$.properties.email"
          },
          "then": {
            "@path": "$.properties.email"
          },
          "else": {
            "@path": "$.context.traits.email"
          }
        }
      },
      "phone": {
        "@if": {
          "exists": {
            "@path": "$.properties.phone"
          },
          "then": {
            "@path": "$.properties.phone"
          },
          "else": {
            "@path": "$.context.traits.phone"
          }
        }
      },
      "user_id": {
        "@path": "$.userId"
      },
      "anonymous_id": {
        "@path": "$.anonymousId"
      },
      "first_name": {
        "@if": {
          "exists": {
            "@path": "$.context.traits.firstName"
          },
          "then": {
            "@path": "$.context.traits.firstName"
          },
          "else": {
            "@path": "$.properties.first_name"
          }
        }
      },
      "last_name": {
        "@if": {
          "exists": {
            "@path": "$.context.traits.lastName"
          },
          "then": {
            "@path": "$.context.traits.lastName"
          },
          "else": {
            "@path": "$.properties.last_name"
          }
        }
      },
      "zip_code": {
        "@path": "$.context.traits.address.postalCode"
      },
      "city": {
        "@path": "$.context.traits.address.city"
      },
      "state": {
        "@path": "$.context.traits.address.state"
      },
      "country": {
        "@path": "$.context.traits.address.country"
      },
      "ttp": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttp"
          },
          "then": {
            "@path": "$.properties.ttp"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttp"
              },
              "then": {
                "@path": "$.context.ttp"
              },
              "else": {
                "@path": "$.integrations.TikTok.ttp"
              }
            }
          }
        }
      },
      "ttclid": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttclid"
          },
          "then": {
            "@path": "$.properties.ttclid"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttclid"
              },
              "then": {
                "@path": "$.context.ttclid"
              },
              "else": {
                "@path": "$.integrations.TikTok.ttclid"
              }
            }
          }
        }
      },
      "ip": {
        "@path": "$.context.ip"
      },
      "user_agent": {
        "@path": "$.context.userAgent"
      },
      "locale": {
        "@path": "$.context.locale"
      },
      "url": {
        "@path": "$.context.page.url"
      },
      "referrer": {
        "@path": "$.context.page.referrer"
      },
      "device": {
        "@path": "$.context.device"
      },
      "app": {
        "@path": "$.context.app"
      },
      "contents": {
        "@if": {
          "exists": {
            "@path": "$.properties.products"
          },
          "then": {
            "@arrayPath": [
              "$.properties.products",
              {
                "content_id": {
                  "@if": {
                    "exists": {
                      "@path": "$.product_id"
                    },
                    "then": {
                      "@path": "$.product_id"
                    },
                    "else": {
                      "@if": {
                        "exists": {
                          "@path": "$.sku"
                        },
                        "then": {
                          "@path": "$.sku"
                        },
                        "else": {
                          "@path": "$.id"
                        }
                      }
                    }
                  }
                },
                "content_name": {
                  "@path": "$.name"
                },
                "content_category": {
                  "@path": "$.category"
                },
                "brand": {
                  "@path": "$.brand"
                },
                "price": {
                  "@path": "$.price"
                },
                "quantity": {
                  "@path": "$.quantity"
                }
              }
            ]
          },
          "else": {
            "@if": {
              "exists": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.product_id"
                  },
                  "then": {
                    "@path": "$.properties.product_id"
                  },
                  "else": {
                    "@path": "$.properties.sku"
                  }
                }
              },
              "then": [
                {
                  "content_id": {
                    "@if": {
                      "exists": {
                        "@path": "$.properties.product_id"
                      },
                      "then": {
                        "@path": "$.properties.product_id"
                      },
                      "else": {
                        "@path": "$.properties.sku"
                      }
                    }
                  },
                  "content_name": {
                    "@path": "$.properties.name"
                  },
                  "content_category": {
                    "@path": "$.properties.category"
                  },
                  "brand": {
                    "@path": "$.properties.brand"
                  },
                  "price": {
                    "@path": "$.properties.price"
                  },
                  "quantity": {
                    "@path": "$.properties.quantity"
                  }
                }
              ]
            }
          }
        }
      },
      "content_type": {
        "@if": {
          "exists": {
            "@if": {
              "exists": {
                "@path": "$.properties.products"
              },
              "then": {
                "@path": "$.properties.products"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.product_id"
                  },
                  "then": {
                    "@path": "$.properties.product_id"
                  },
                  "else": {
                    "@path": "$.properties.sku"
                  }
                }
              }
            }
          },
          "then": {
            "@literal": "product"
          }
        }
      },
      "currency": {
        "@if": {
          "exists": {
            "@path": "$.properties.currency"
          },
          "then": {
            "@path": "$.properties.currency"
          },
          "else": "USD"
        }
      },
      "value": {
        "@if": {
          "exists": {
            "@path": "$.properties.revenue"
          },
          "then": {
            "@path": "$.properties.revenue"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.total"
              },
              "then": {
                "@path": "$.properties.total"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.value"
                  },
                  "then": {
                    "@path": "$.properties.value"
                  },
                  "else": {
                    "@path": "$.properties.price"
                  }
                }
              }
            }
          }
        }
      },
      "num_items": {
        "@if": {
          "exists": {
            "@path": "$.properties.num_items"
          },
          "then": {
            "@path": "$.properties.num_items"
          },
          "else": {
            "@path": "$.properties.quantity"
          }
        }
      },
      "order_id": {
        "@path": "$.properties.order_id"
      },
      "shop_id": {
        "@path": "$.properties.shop_id"
      },
      "description": {
        "@path": "$.properties.description"
      },
      "lead_id": {
        "@path": "$.properties.lead_id"
      },
      "consent_preferences": {
        "@path": "$.context.consent.categoryPreferences"
      },
      "consent_management": {
        "@path": "$.context.consentManagement"
      },
      "gpc": {
        "@path": "$.context.gpc"
      }
    },
    "type": "automatic"
  },
  {
    "name": "Submit Application",
    "subscribe": "type = \"track\" and event = \"Application Submitted\"",
    "partnerAction": "reportEvent",
    "mapping": {
      "event": "SubmitApplication",
      "event_id": {
        "@path": "$.messageId"
      },
      "timestamp": {
        "@path": "$.timestamp"
      },
      "email": {
        "@if": {
          "exists": {
            "@path": "$.properties.email"
          },
          "then": {
            "@path": "$.properties.email"
          },
          "else": {
            "@path": "$.context.traits.email"
          }
        }
      },
      "phone": {
        "@if": {
          "exists": {
            "@path": "$.properties.phone"
          },
          "then": {
            "@path": "$.properties.phone"
          },
          "else": {
            "@path": "$.context.traits.phone"
          }
        }
      },
      "user_id": {
        "@path": "$.userId"
      },
      "anonymous_id": {
        "@path": "$.anonymousId"
      },
      "first_name": {
        "@if": {
          "exists": {
            "@path": "$.context.traits.firstName"
          },
          "then": {
            "@path": "$.context.traits.firstName"
          },
          "else": {
            "@path": "$.properties.first_name"
          }
        }
      },
      "last_name": {
        "@if": {
          "exists": {
            "@path": "$.context.traits.lastName"
          },
          "then": {
            "@path": "$.context.traits.lastName"
          },
          "else": {
            "@path": "$.properties.last_name"
          }
        }
      },
      "zip_code": {
        "@path": "$.context.traits.address.postalCode"
      },
      "city": {
        "@path": "$.context.traits.address.city"
      },
      "state": {
        "@path": "$.context.traits.address.state"
      },
      "country": {
        "@path": "$.context.traits.address.country"
      },
      "ttp": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttp"
          },
          "then": {
            "@path": "$.properties.ttp"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttp"
              },
              "then": {
                "@path": "$.context.ttp"
              },
              "else": {
                "@path": "$.integrations.TikTok.ttp"
              }
            }
          }
        }
      },
      "ttclid": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttclid"
          },
          "then": {
            "@path": "$.properties.ttclid"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttclid"
              },
              "then": {
                "@path": "$.context.ttclid"
              },
              "else": {
                "@path": "$.integrations.TikTok.ttclid"
              }
            }
          }
        }
      },
      "ip": {
        "@path": "$.context.ip"
      },
      "user_agent": {
        "@path": "$.context.userAgent"
      },
      "locale": {
        "@path": "$.context.locale"
      },
      "url": {
        "@path": "$.context.page.url"
      },
      "referrer": {
        "@path": "$.context.page.referrer"
      },
      "device": {
        "@path": "$.context.device"
      },
      "app": {
        "@path": "$.context.app"
      },
      "contents": {
        "@if": {
          "exists": {
            "@path": "$.properties.products"
          },
          "then": {
            "@arrayPath": [
              "$.properties.products",
              {
                "content_id": {
                  "@if": {
                    "exists": {
                      "@path": "$.product_id"
                    },
                    "then": {
                      "@path": "$.product_id"
                    },
                    "else": {
                      "@if": {
                        "exists": {
                          "@path": "$.sku"
                        },
                        "then": {
                          "@path": "$.sku"
                        },
                        "else": {
                          "@path": "$.id"
                        }
                      }
                    }
                  }
                },
                "content_name": {
                  "@path": "$.name"
                },
                "content_category": {
                  "@path": "$.category"
                },
                "brand": {
                  "@path": "$.brand"
                },
                "price": {
                  "@path": "$.price"
                },
                "quantity": {
                  "@path": "$.quantity"
                }
              }
            ]
          },
          "else": {
            "@if": {
              "exists": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.product_id"
                  },
                  "then": {
                    "@path": "$.properties.product_id"
                  },
                  "else": {
                    "@path": "$.properties.sku"
                  }
                }
              },
              "then": [
                {
                  "content_id": {
                    "@if": {
                      "exists": {
                        "@path": "$.properties.product_id"
                      },
                      "then": {
                        "@path": "$.properties.product_id"
                      },
                      "else": {
                        "@path": "$.properties.sku"
                      }
                    }
                  },
                  "content_name": {
                    "@path": "$.properties.name"
                  },
                  "content_category": {
                    "@path": "$.properties.category"
                  },
                  "brand": {
                    "@path": "$.properties.brand"
                  },
                  "price": {
                    "@path": "$.properties.price"
                  },
                  "quantity": {
                    "@path": "$.properties.quantity"
                  }
                }
              ]
            }
          }
        }
      },
      "content_type": {
        "@if": {
          "exists": {
            "@if": {
              "exists": {
                "@path": "$.properties.products"
              },
              "then": {
                "@path": "$.properties.products"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.product_id"
                  },
                  "then": {
                    "@path": "$.properties.product_id"
                  },
                  "else": {
                    "@path": "$.properties.sku"
                  }
                }
              }
            }
          },
          "then": {
            "@literal": "product"
          }
        }
      },
      "currency": {
        "@path": "$.properties.currency"
      },
      "value": {
        "@if": {
          "exists": {
            "@path": "$.properties.revenue"
          },
          "then": {
            "@path": "$.properties.revenue"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.total"
              },
              "then": {
                "@path": "$.properties.total"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.value"
                  },
                  "then": {
                    "@path": "$.properties.value"
                  },
                  "else": {
                    "@path": "$.properties.price"
                  }
                }
              }
            }
          }
        }
      },
      "num_items": {
        "@if": {
          "exists": {
            "@path": "$.properties.num_items"
          },
          "then": {
            "@path": "$.properties.num_items"
          },
          "else": {
            "@path": "$.properties.quantity"
          }
        }
      },
      "order_id": {
        "@path": "$.properties.order_id"
      },
      "shop_id": {
        "@path": "$.properties.shop_id"
      },
      "description": {
        "@path": "$.properties.description"
      },
      "lead_id": {
        "@path": "$.properties.lead_id"
      },
      "consent_preferences": {
        "@path": "$.context.consent.categoryPreferences"
      },
      "consent_management": {
        "@path": "$.context.consentManagement"
      },
      "gpc": {
        "@path": "$.context.gpc"
      }
    },
    "type": "automatic"
  },
  {
    "name": "Subscribe",
    "subscribe": "type = \"track\" and (event = \"Subscription Started\" or event = \"Subscription Created\" or event = \"Newsletter Subscribed\")",
    "partnerAction": "reportEvent",
    "mapping": {
      "event": "Subscribe",
      "event_id": {
        "@path": "$.messageId"
      },
      "timestamp": {
        "@path": "$.timestamp"
      },
      "email": {
        "@if": {
          "exists": {
            "@path": "$.properties.email"
          },
          "then": {
            "@path": "$.properties.email"
          },
          "else": {
            "@path": "$.context.traits.email"
          }
        }
      },
      "phone": {
        "@if": {
          "exists": {
            "@path": "$.properties.phone"
          },
          "then": {
            "@path": "$.properties.phone"
          },
          "else": {
            "@path": "$.context.traits.phone"
          }
        }
      },
      "user_id": {
        "@path": "$.userId"
      },
      "anonymous_id": {
        "@path": "$.anonymousId"
      },
      "first_name": {
        "@if": {
          "exists": {
            "@path": "$.context.traits.firstName"
          },
          "then": {
            "@path": "$.context.traits.firstName"
          },
          "else": {
            "@path": "$.properties.first_name"
          }
        }
      },
      "last_name": {
        "@if": {
          "exists": {
            "@path": "$.context.traits.lastName"
          },
          "then": {
            "@path": "$.context.traits.lastName"
          },
          "else": {
            "@path": "$.properties.last_name"
          }
        }
      },
      "zip_code": {
        "@path": "$.context.traits.address.postalCode"
      },
      "city": {
        "@path": "$.context.traits.address.city"
      },
      "state": {
        "@path": "$.context.traits.address.state"
      },
      "country": {
        "@path": "$.context.traits.address.country"
      },
      "ttp": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttp"
          },
          "then": {
            "@path": "$.properties.ttp"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttp"
              },
              "then": {
                "@path": "$.context.ttp"
              },
              "else": {
                "@path": "$.integrations.TikTok.ttp"
              }
            }
          }
        }
      },
      "ttclid": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttclid"
          },
          "then": {
            "@path": "$.properties.ttclid"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttclid"
              },
              "then": {
                "@path": "$.context.ttclid"
              },
              "else": {
                "@path": "$.integrations.TikTok.ttclid"
              }
            }
          }
        }
      },
      "ip": {
        "@path": "$.context.ip"
      },
      "user_agent": {
        "@path": "$.context.userAgent"
      },
      "locale": {
        "@path": "$.context.locale"
      },
      "url": {
        "@path": "$.context.page.url"
      },
      "referrer": {
        "@path": "$.context.page.referrer"
      },
      "device": {
        "@path": "$.context.device"
      },
      "app": {
        "@path": "$.context.app"
      },
      "contents": {
        "@if": {
          "exists": {
            "@path": "$.properties.products"
          },
          "then": {
            "@arrayPath": [
              "$.properties.products",
              {
                "content_id": {
                  "@if": {
                    "exists": {
                      "@path": "$.product_id"
                    },
                    "then": {
                      "@path": "$.product_id"
                    },
                    "else": {
                      "@if": {
                        "exists": {
                          "@path": "$.sku"
                        },
                        "then": {
                          "@path": "$.sku"
                        },
                        "else": {
                          "@path": "$.id"
                        }
                      }
                    }
                  }
                },
                "content_name": {
                  "@path": "$.name"
                },
                "content_category": {
                  "@path": "$.category"
                },
                "brand": {
                  "@path": "$.brand"
                },
                "price": {
                  "@path": "$.price"
                },
                "quantity": {
                  "@path": "$.quantity"
                }
              }
            ]
          },
          "else": {
            "@if": {
              "exists": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.product_id"
                  },
                  "then": {
                    "@path": "$.properties.product_id"
                  },
                  "else": {
                    "@path": "$.properties.sku"
                  }
                }
              },
              "then": [
                {
                  "content_id": {
                    "@if": {
                      "exists": {
                        "@path": "$.properties.product_id"
                      },
                      "then": {
                        "@path": "$.properties.product_id"
                      },
                      "else": {
                        "@path": "$.properties.sku"
                      }
                    }
                  },
                  "content_name": {
                    "@path": "$.properties.name"
                  },
                  "content_category": {
                    "@path": "$.properties.category"
                  },
                  "brand": {
                    "@path": "$.properties.brand"
                  },
                  "price": {
                    "@path": "$.properties.price"
                  },
                  "quantity": {
                    "@path": "$.properties.quantity"
                  }
                }
              ]
            }
          }
        }
      },
      "content_type": {
        "@if": {
          "exists": {
            "@if": {
              "exists": {
                "@path": "$.properties.products"
              },
              "then": {
                "@path": "$.properties.products"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.product_id"
                  },
                  "then": {
                    "@path": "$.properties.product_id"
                  },
                  "else": {
                    "@path": "$.properties.sku"
                  }
                }
              }
            }
          },
          "then": {
            "@literal": "product"
          }
        }
      },
      "currency": {
        "@if": {
          "exists": {
            "@path": "$.properties.currency"
          },
          "then": {
            "@path": "$.properties.currency"
          },
          "else": "USD"
        }
      },
      "value": {
        "@if": {
          "exists": {
            "@path": "$.properties.revenue"
          },
          "then": {
            "@path": "$.properties.revenue"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.total"
              },
              "then": {
                "@path": "$.properties.total"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.value"
                  },
                  "then": {
                    "@path": "$.properties.value"
                  },
                  "else": {
                    "@path": "$.properties.price"
                  }
                }
              }
            }
          }
        }
      },
      "num_items": {
        "@if": {
          "exists": {
            "@path": "$.properties.num_items"
          },
          "then": {
            "@path": "$.properties.num_items"
          },
          "else": {
            "@path": "$.properties.quantity"
          }
        }
      },
      "order_id": {
        "@path": "$.properties.order_id"
      },
      "shop_id": {
        "@path": "$.properties.shop_id"
      },
      "description": {
        "@path": "$.properties.description"
      },
      "lead_id": {
        "@path": "$.properties.lead_id"
      },
      "consent_preferences": {
        "@path": "$.context.consent.categoryPreferences"
      },
      "consent_management": {
        "@path": "$.context.consentManagement"
      },
      "gpc": {
        "@path": "$.context.gpc"
      }
    },
    "type": "automatic"
  },
  {
    "name": "Purchase",
    "subscribe": "type = \"track\" and event = \"Order Completed\"",
    "partnerAction": "reportEvent",
    "mapping": {
      "event": "CompletePayment",
      "event_id": {
        "@path": "$.messageId"
      },
      "timestamp": {
        "@path": "$.timestamp"
      },
      "email": {
        "@if": {
          "exists": {
            "@path": "$.traits.email"
          },
          "then": {
            "@path": "$.traits.email"
          },
          "else": {
            "@path": "$.context.traits.email"
          }
        }
      },
      "phone": {
        "@if": {
          "exists": {
            "@path": "$.traits.phone"
          },
          "then": {
            "@path": "$.traits.phone"
          },
          "else": {
            "@path": "$.context.traits.phone"
          }
        }
      },
      "user_id": {
        "@path": "$.userId"
      },
      "anonymous_id": {
        "@path": "$.anonymousId"
      },
      "first_name": {
        "@if": {
          "exists": {
            "@path": "$.context.traits.firstName"
          },
          "then": {
            "@path": "$.context.traits.firstName"
          },
          "else": {
            "@path": "$.properties.first_name"
          }
        }
      },
      "last_name": {
        "@if": {
          "exists": {
            "@path": "$.context.traits.lastName"
          },
          "then": {
            "@path": "$.context.traits.lastName"
          },
          "else": {
            "@path": "$.properties.last_name"
          }
        }
      },
      "zip_code": {
        "@path": "$.context.traits.address.postalCode"
      },
      "city": {
        "@path": "$.context.traits.address.city"
      },
      "state": {
        "@path": "$.context.traits.address.state"
      },
      "country": {
        "@path": "$.context.traits.address.country"
      },
      "ttp": {
        "@if": {
          "exists": {
            "@path": "$.context.ttp"
          },
          "then": {
            "@path": "$.context.ttp"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.ttp"
              },
              "then": {
                "@path": "$.properties.ttp"
              },
              "else": {
                "@path": "$.integrations.TikTok.ttp"
              }
            }
          }
        }
      },
      "ttclid": {
        "@if": {
          "exists": {
            "@path": "$.context.ttclid"
          },
          "then": {
            "@path": "$.context.ttclid"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.ttclid"
              },
              "then": {
                "@path": "$.properties.ttclid"
              },
              "else": {
                "@path": "$.integrations.TikTok.ttclid"
              }
            }
          }
        }
      },
      "ip": {
        "@path": "$.context.ip"
      },
      "user_agent": {
        "@path": "$.context.userAgent"
      },
      "locale": {
        "@path": "$.context.locale"
      },
      "url": {
        "@path": "$.context.page.url"
      },
      "referrer": {
        "@path": "$.context.page.referrer"
      },
      "device": {
        "@path": "$.context.device"
      },
      "app": {
        "@path": "$.context.app"
      },
      "contents": {
        "@arrayPath": [
          "$.properties.products",
          {
            "content_id": {
              "@path": "$.product_id"
            },
            "content_name": {
              "@path": "$.name"
            },
            "content_category": {
              "@path": "$.category"
            },
            "brand": {
              "@path": "$.brand"
            },
            "price": {
              "@path": "$.price"
            },
            "quantity": {
              "@path": "$.quantity"
            }
          }
        ]
      },
      "content_type": {
        "@if": {
          "exists": {
            "@path": "$.properties.products"
          },
          "then": "product"
        }
      },
      "currency": {
        "@if": {
          "exists": {
            "@path": "$.properties.currency"
          },
          "then": {
            "@path": "$.properties.currency"
          },
          "else": "USD"
        }
      },
      "value": {
        "@path": "$.properties.revenue"
      },
      "num_items": {
        "@if": {
          "exists": {
            "@path": "$.properties.num_items"
          },
          "then": {
            "@path": "$.properties.num_items"
          },
          "else": {
            "@path": "$.properties.quantity"
          }
        }
      },
      "order_id": {
        "@path": "$.properties.order_id"
      },
      "shop_id": {
        "@path": "$.properties.shop_id"
      },
      "description": {
        "@path": "$.properties.description"
      },
      "lead_id": {
        "@path": "$.properties.lead_id"
      },
      "consent_preferences": {
        "@path": "$.context.consent.categoryPreferences"
      },
      "consent_management": {
        "@path": "$.context.consentManagement"
      },
      "gpc": {
        "@path": "$.context.gpc"
      },
      "external_id": {
        "@path": "$.userId"
      }
    },
    "type": "automatic"
  },
  {
    "name": "View Content",
    "subscribe": "type = \"track\" and event = \"Product Viewed\"",
    "partnerAction": "reportEvent",
    "mapping": {
      "event": "ViewContent",
      "event_id": {
        "@path": "$.messageId"
      },
      "timestamp": {
        "@path": "$.timestamp"
      },
      "email": {
        "@if": {
          "exists": {
            "@path": "$.properties.email"
          },
          "then": {
            "@path": "$.properties.email"
          },
          "else": {
            "@path": "$.context.traits.email"
          }
        }
      },
      "phone": {
        "@if": {
          "exists": {
            "@path": "$.properties.phone"
          },
          "then": {
            "@path": "$.properties.phone"
          },
          "else": {
            "@path": "$.context.traits.phone"
          }
        }
      },
      "user_id": {
        "@path": "$.userId"
      },
      "anonymous_id": {
        "@path": "$.anonymousId"
      },
      "first_name": {
        "@if": {
          "exists": {
            "@path": "$.context.traits.firstName"
          },
          "then": {
            "@path": "$.context.traits.firstName"
          },
          "else": {
            "@path": "$.properties.first_name"
          }
        }
      },
      "last_name": {
        "@if": {
          "exists": {
            "@path": "$.context.traits.lastName"
          },
          "then": {
            "@path": "$.context.traits.lastName"
          },
          "else": {
            "@path": "$.properties.last_name"
          }
        }
      },
      "zip_code": {
        "@path": "$.context.traits.address.postalCode"
      },
      "city": {
        "@path": "$.context.traits.address.city"
      },
      "state": {
        "@path": "$.context.traits.address.state"
      },
      "country": {
        "@path": "$.context.traits.address.country"
      },
      "ttp": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttp"
          },
          "then": {
            "@path": "$.properties.ttp"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttp"
              },
              "then": {
                "@path": "$.context.ttp"
              },
              "else": {
                "@path": "$.integrations.TikTok.ttp"
              }
            }
          }
        }
      },
      "ttclid": {
        "@if": {
          "exists": {
            "@path": "$.properties.ttclid"
          },
          "then": {
            "@path": "$.properties.ttclid"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.context.ttclid"
              },
              "then": {
                "@path": "$.context.ttclid"
              },
              "else": {
                "@path": "$.integrations.TikTok.ttclid"
              }
            }
          }
        }
      },
      "ip": {
        "@path": "$.context.ip"
      },
      "user_agent": {
        "@path": "$.context.userAgent"
      },
      "locale": {
        "@path": "$.context.locale"
      },
      "url": {
        "@path": "$.context.page.url"
      },
      "referrer": {
        "@path": "$.context.page.referrer"
      },
      "device": {
        "@path": "$.context.device"
      },
      "app": {
        "@path": "$.context.app"
      },
      "contents": {
        "@if": {
          "exists": {
            "@path": "$.properties.products"
          },
          "then": {
            "@arrayPath": [
              "$.properties.products",
              {
                "content_id": {
                  "@if": {
                    "exists": {
                      "@path": "$.product_id"
                    },
                    "then": {
                      "@path": "$.product_id"
                    },
                    "else": {
                      "@if": {
                        "exists": {
                          "@path": "$.sku"
                        },
                        "then": {
                          "@path": "$.sku"
                        },
                        "else": {
                          "@path": "$.id"
                        }
                      }
                    }
                  }
                },
                "content_name": {
                  "@path": "$.name"
                },
                "content_category": {
                  "@path": "$.category"
                },
                "brand": {
                  "@path": "$.brand"
                },
                "price": {
                  "@path": "$.price"
                },
                "quantity": {
                  "@path": "$.quantity"
                }
              }
            ]
          },
          "else": {
            "@if": {
              "exists": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.product_id"
                  },
                  "then": {
                    "@path": "$.properties.product_id"
                  },
                  "else": {
                    "@path": "$.properties.sku"
                  }
                }
              },
              "then": [
                {
                  "content_id": {
                    "@if": {
                      "exists": {
                        "@path": "$.properties.product_id"
                      },
                      "then": {
                        "@path": "$.properties.product_id"
                      },
                      "else": {
                        "@path": "$.properties.sku"
                      }
                    }
                  },
                  "content_name": {
                    "@path": "$.properties.name"
                  },
                  "content_category": {
                    "@path": "$.properties.category"
                  },
                  "brand": {
                    "@path": "$.properties.brand"
                  },
                  "price": {
                    "@path": "$.properties.price"
                  },
                  "quantity": {
                    "@path": "$.properties.quantity"
                  }
                }
              ]
            }
          }
        }
      },
      "content_type": {
        "@if": {
          "exists": {
            "@if": {
              "exists": {
                "@path": "$.properties.products"
              },
              "then": {
                "@path": "$.properties.products"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.product_id"
                  },
                  "then": {
                    "@path": "$.properties.product_id"
                  },
                  "else": {
                    "@path": "$.properties.sku"
                  }
                }
              }
            }
          },
          "then": {
            "@literal": "product"
          }
        }
      },
      "currency": {
        "@if": {
          "exists": {
            "@path": "$.properties.currency"
          },
          "then": {
            "@path": "$.properties.currency"
          },
          "else": "USD"
        }
      },
      "value": {
        "@if": {
          "exists": {
            "@path": "$.properties.revenue"
          },
          "then": {
            "@path": "$.properties.revenue"
          },
          "else": {
            "@if": {
              "exists": {
                "@path": "$.properties.total"
              },
              "then": {
                "@path": "$.properties.total"
              },
              "else": {
                "@if": {
                  "exists": {
                    "@path": "$.properties.value"
                  },
                  "then": {
                    "@path": "$.properties.value"
                  },
                  "else": {
                    "@path": "$.properties.price"
                  }
                }
              }
            }
          }
        }
      },
      "num_items": {
        "@if": {
          "exists": {
            "@path": "$.properties.num_items"
          },
          "then": {
            "@path": "$.properties.num_items"
          },
          "else": {
            "@path": "$.properties.quantity"
          }
        }
      },
      "order_id": {
        "@path": "$.properties.order_id"
      },
      "shop_id": {
        "@path": "$.properties.shop_id"
      },
      "description": {
        "@path": "$.properties.description"
      },
      "lead_id": {
        "@path": "$.properties.lead_id"
      },
      "consent_preferences": {
        "@path": "$.context.consent.categoryPreferences"
      },
      "consent_management": {
        "@path": "$.context.consentManagement"
      },
      "gpc": {
        "@path": "$.context.gpc"
      }
    },
    "type": "automatic"
  }
]
